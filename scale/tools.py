#!/usr/bin/env python3
"""Counterparts and clients for scale/run (standard library only).

  smtp  PORT DIR DELAY            an SMTP sink: each mail's Message-ID, recipient and body under DIR
  hooks PORT DIR DELAY            a webhook receiver: one line per request (delivery id, event, post id);
                                  requests are held while DIR/../hooks.gate exists
  writes BASE TOKEN SECONDS N OUT [PAUSE]  N clients create draft posts for SECONDS; OUT gets one
                                  line per answer: status, post id or -, milliseconds
  confirm-tokens DIR              the confirmation tokens in the mails the sink kept
  poll  BASE TOKEN SECONDS OUT    every 100 ms a staff write, a staff read and an anonymous read;
                                  OUT gets: unix ms, kind, status, milliseconds, Retry-After, problem type
"""
import email.message
import json
import os
import socketserver
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def smtp(port, directory, delay):
    os.makedirs(directory, exist_ok=True)
    lock = threading.Lock()

    class Handler(socketserver.StreamRequestHandler):
        def reply(self, line):
            self.wfile.write((line + "\r\n").encode())
            self.wfile.flush()

        def handle(self):
            self.reply("220 sink ESMTP")
            rcpt = []
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                cmd = line.decode(errors="replace").strip()
                verb = cmd[:4].upper()
                if verb in ("EHLO", "HELO"):
                    self.wfile.write(b"250-sink\r\n250 8BITMIME\r\n")
                    self.wfile.flush()
                elif verb == "MAIL":
                    rcpt = []
                    self.reply("250 OK")
                elif verb == "RCPT":
                    rcpt.append(cmd.split(":", 1)[1].strip().strip("<>"))
                    self.reply("250 OK")
                elif verb == "DATA":
                    self.reply("354 go on")
                    data = []
                    while True:
                        l = self.rfile.readline()
                        if not l or l in (b".\r\n", b".\n"):
                            break
                        data.append(l[1:] if l.startswith(b"..") else l)
                    text = b"".join(data).decode(errors="replace")
                    time.sleep(delay)  # a slow relay: mails are in flight when an instance dies
                    mid = "-"
                    for h in text.split("\n"):
                        if h.lower().startswith("message-id:"):
                            mid = h.split(":", 1)[1].strip()
                            break
                    with lock:
                        n = len(os.listdir(directory))
                        with open(os.path.join(directory, "%06d.eml" % n), "w") as f:
                            f.write(text)
                        with open(os.path.join(directory, "..", "smtp.log"), "a") as f:
                            f.write("%s %s\n" % (mid, ",".join(rcpt)))
                    self.reply("250 queued")
                elif verb == "QUIT":
                    self.reply("221 bye")
                    return
                else:
                    self.reply("250 OK")

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    Server(("127.0.0.1", port), Handler).serve_forever()


def hooks(port, directory, delay):
    os.makedirs(directory, exist_ok=True)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            time.sleep(delay)
            gate = os.path.join(directory, "..", "hooks.gate")
            waited = 0
            while os.path.exists(gate) and waited < 200:  # held while the gate file exists: deliveries in flight
                time.sleep(0.1)
                waited += 1
            try:
                doc = json.loads(body)
                current = (doc.get("data") or {}).get("current") or {}
                post = current.get("id", "-") if isinstance(current, dict) else "-"
            except ValueError:
                post = "-"
            with lock:
                with open(os.path.join(directory, "..", "hooks.log"), "a") as f:
                    f.write("%s %s %s\n" % (self.headers.get("CMS-Delivery"), self.headers.get("CMS-Event"), post))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def request(method, url, token=None, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    start = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode(), r.headers, (time.time() - start) * 1000
    except urllib.error.HTTPError as e:  # headers: an email.message.Message, names case-insensitive
        return e.code, e.read().decode(errors="replace"), e.headers, (time.time() - start) * 1000
    except Exception as e:  # connection refused/reset, timeout: no HTTP answer at all
        return 0, type(e).__name__ + ": " + str(e), email.message.Message(), (time.time() - start) * 1000


def confirm_tokens(directory):
    import email
    import re
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name)) as f:
            msg = email.message_from_string(f.read())
        if "Confirm your subscription" not in str(msg.get("Subject", "")):
            continue
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", errors="replace")
                m = re.search(r"confirm\?token=([A-Za-z0-9_=%-]+)", text)
                if m:
                    print(m.group(1))
                    break


def writes(base, token, seconds, clients, out, pause=0.0):
    end = time.time() + seconds
    lock = threading.Lock()
    with open(out, "w") as f:
        def client(n):
            i = 0
            while time.time() < end:
                i += 1
                status, body, _, ms = request("POST", base + "/api/v1/posts", token,
                                              {"title": "Stream %d-%d %d" % (n, i, time.time_ns()), "status": "DRAFT",
                                               "bodyMarkdown": "Written during the instance kill check."})
                pid = "-"
                if 200 <= status < 300:
                    pid = json.loads(body)["id"]
                with lock:
                    f.write("%d %s %.0f\n" % (status, pid, ms))
                    f.flush()
                time.sleep(pause)
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def poll(base, token, seconds, out):
    end = time.time() + seconds
    with open(out, "w") as f:
        i = 0
        while time.time() < end:
            i += 1
            for kind, method, path, tok, body in (
                    ("write", "POST", "/api/v1/posts", token, {"title": "Poll %d %d" % (i, time.time_ns()), "status": "DRAFT"}),
                    ("staff-read", "GET", "/api/v1/posts?status=DRAFT&size=1", token, None),
                    ("public-read", "GET", "/api/v1/posts?size=1", None, None)):
                status, text, headers, ms = request(method, base + path, tok, body)
                ptype = "-"
                if (headers.get("Content-Type") or "").startswith("application/problem+json"):
                    try:
                        ptype = json.loads(text).get("type", "-").rsplit("/", 1)[-1]
                    except ValueError:
                        ptype = "unparsable"
                f.write("%d %s %d %.0f %s %s\n" % (time.time() * 1000, kind, status, ms, headers.get("Retry-After") or "-", ptype))
                f.flush()
            time.sleep(0.1)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "smtp":
        smtp(int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
    elif cmd == "hooks":
        hooks(int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
    elif cmd == "writes":
        writes(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]), sys.argv[6],
               float(sys.argv[7]) if len(sys.argv) > 7 else 0.0)
    elif cmd == "confirm-tokens":
        confirm_tokens(sys.argv[2])
    elif cmd == "poll":
        poll(sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5])
    else:
        sys.exit(__doc__)
