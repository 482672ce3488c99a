package vn.edu.taphuan.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Declared by the application (not the server) so the WAR runs on a bare Payara Micro;
 * the database name comes from MicroProfile Config so tests use {@code memory:x} and runs use a folder.
 * See docs/decisions/0002-data-source.md.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/taphuan",
        className = "${MPCONFIG=taphuan.db.class}",
        serverName = "${MPCONFIG=taphuan.db.host}",
        databaseName = "${MPCONFIG=taphuan.db.name}",
        user = "${MPCONFIG=taphuan.db.user}",
        password = "${MPCONFIG=taphuan.db.password}",
        properties = {"createDatabase=${MPCONFIG=taphuan.db.create}", "portNumber=${MPCONFIG=taphuan.db.port}"},
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2)
@ApplicationScoped
public class Database {
    public static final String JNDI = "java:app/jdbc/taphuan";
}
