package dev.engblog.cms.common.db;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The standby behind {@code CMS_DATASOURCE_REPLICA_JDBC_URL} and whether public reads may use it now.
 * A probe measures its lag every second: zero when it has replayed everything the primary had written
 * when the probe began, otherwise the age of the last transaction it replayed. Beyond
 * {@code CMS_DATASOURCE_REPLICA_MAX_LAG}, or when it cannot be reached or is not a standby, reads go to
 * the primary until a probe finds it current again. While the primary itself is unreachable, a standby
 * that was current keeps serving public reads (it cannot fall further behind a primary that writes nothing).
 */
@ApplicationScoped
public class Replica {

    private static final Logger LOG = Logger.getLogger(Replica.class);
    private static final String URL_PROPERTY = "quarkus.datasource.replica.jdbc.url";

    private final ReplicaConfig config;
    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> standby;
    private final boolean configured;
    private volatile boolean usable;
    private volatile double lagSeconds = Double.NaN;
    private volatile String state;

    public Replica(ReplicaConfig config, AgroalDataSource primary, @DataSource("replica") InjectableInstance<AgroalDataSource> standby,
                   MeterRegistry metrics) {
        this.config = config;
        this.primary = primary;
        this.standby = standby;
        this.configured = ConfigProvider.getConfig().getOptionalValue(URL_PROPERTY, String.class).filter(u -> !u.isBlank()).isPresent();
        this.state = configured ? "not probed yet" : "not configured";
        Gauge.builder("cms.db.replica.lag", this, r -> r.lagSeconds).baseUnit("seconds")
                .description("How far the standby is behind the primary (NaN: not configured or not reachable)").register(metrics);
        Gauge.builder("cms.db.replica.in.use", this, r -> r.usable ? 1 : 0)
                .description("1 while anonymous public reads go to the standby, 0 while they go to the primary").register(metrics);
    }

    /** Whether a standby is configured at all. */
    public boolean configured() {
        return configured;
    }

    /** Whether public reads may go to the standby now. */
    public boolean usable() {
        return usable;
    }

    /** The standby's pool; only when {@link #configured()}. */
    AgroalDataSource dataSource() {
        return standby.get();
    }

    public double lagSeconds() {
        return lagSeconds;
    }

    /** In words, for the health report: in use, lagging, unreachable, ... */
    public String state() {
        return state;
    }

    /** A read on the standby failed to get a connection: the primary answers until the next probe finds it back. */
    void failed(Exception e) {
        usable = false;
        state = "unreachable: " + e.getMessage();
    }

    @Scheduled(every = "${cms.datasource.replica.probe-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void probe() {
        if (!configured) {
            return;
        }
        String primaryLsn = null;
        try (Connection c = primary.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            primaryLsn = rs.getString(1);
        } catch (SQLException e) {
            // the primary is away: judge the standby by what it was at the last probe
        }
        try (Connection c = standby.get().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select pg_is_in_recovery(),
                            coalesce(pg_last_wal_replay_lsn() >= cast(%s as pg_lsn), false),
                            extract(epoch from now() - pg_last_xact_replay_timestamp())""".formatted(
                     primaryLsn == null ? "null" : "'" + primaryLsn + "'"))) {
            rs.next();
            if (!rs.getBoolean(1)) {
                set(false, Double.NaN, "not a standby (pg_is_in_recovery() is false): public reads stay on the primary");
                return;
            }
            if (primaryLsn == null) {
                set(usable, lagSeconds, usable ? "in use (primary unreachable; standby was current)" : state);
                return;
            }
            boolean caughtUp = rs.getBoolean(2);
            double age = rs.getDouble(3);
            double lag = caughtUp ? 0 : rs.wasNull() ? Double.NaN : Math.max(age, 0);
            boolean current = !Double.isNaN(lag) && lag * 1000 <= config.maxLag().toMillis();
            set(current, lag, current ? "in use" : "lagging beyond " + config.maxLag() + ": reads on the primary");
        } catch (SQLException | RuntimeException e) {
            set(false, Double.NaN, "unreachable: " + e.getMessage());
        }
    }

    private void set(boolean usable, double lag, String state) {
        if (usable != this.usable) {
            LOG.infof("Standby %s", usable ? "in use for public reads" : "not used: " + state);
        }
        this.lagSeconds = lag;
        this.state = state;
        this.usable = usable;
    }
}
