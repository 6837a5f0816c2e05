package dev.engblog.cms.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of a real server that a test can cut and restore: {@link #cut()} closes every
 * relayed connection and stops listening (clients get resets, then refusals, as from a restarting
 * database); {@link #restore()} listens again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        accept(first);
    }

    public int port() {
        return port;
    }

    /** Like a database going away: established connections are reset, new ones refused. */
    public synchronized void cut() throws IOException {
        server.close();
        for (Socket s : sockets) {
            try {
                s.setSoLinger(true, 0); // RST, as a dying server's kernel sends
            } catch (IOException closedMeanwhile) {
                // its pipe closed it while we were cutting: nothing left to reset
            }
            close(s);
        }
        sockets.clear();
    }

    /** Like the database coming back: the same port accepts and relays again. */
    public synchronized void restore() throws IOException {
        accept(listen(port));
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    private void accept(ServerSocket listening) {
        server = listening;
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException closedOrRefused) {
                    // the listening socket was closed by cut(), or the target refused: the client sees a close
                }
            }
        }, "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException gone) {
                // either side closed
            } finally {
                close(from);
                close(to);
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        sockets.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
