import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with only a Bolt connector on loopback.
 *
 * Usage: Neo4jLauncher HOME_DIR PORT PAGECACHE_MB
 * PORT 0 takes a free port; the line "NEO4J_READY bolt://127.0.0.1:PORT" tells the parent the
 * real one once Bolt accepts connections.
 *
 * The parent keeps our stdin open. When it closes (the parent exited, crashed or was killed
 * with SIGKILL), we shut down: that is what keeps a JVM from outliving the Node process.
 * SIGTERM/SIGINT go through the shutdown hook, so the store is always closed cleanly.
 */
public final class Neo4jLauncher {
    private static final AtomicBoolean stopped = new AtomicBoolean(false);

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Neo4jLauncher HOME_DIR PORT PAGECACHE_MB");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // Loopback only and throwaway or per-checkout data: no users to manage.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
        System.out.flush();

        waitForStdinToClose();
        stop(dbms);
        System.exit(0);
    }

    private static void waitForStdinToClose() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Anything written is ignored; only end-of-stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, same as end-of-stream.
        }
    }

    private static void stop(DatabaseManagementService dbms) {
        if (stopped.compareAndSet(false, true)) {
            dbms.shutdown();
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
        }
    }
}
