package dev.engblog.cms.common.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates and drops whole databases on a server, for dev mode and for test runs that need their own. */
public final class PgAdmin {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PgAdmin() {
    }

    public static void createIfMissing(String serverUrl, String user, String password, String database) {
        check(database);
        try (Connection c = DriverManager.getConnection(serverUrl + "/postgres", user, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    public static void drop(String serverUrl, String user, String password, String database) {
        check(database);
        try (Connection c = DriverManager.getConnection(serverUrl + "/postgres", user, password);
             Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    private static void check(String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }
}
