import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1, so the project needs no
 * server install: only the Maven jars. Run from source: java -cp 'lib/*' Launcher.java DATA_DIR PORT PAGECACHE_MB
 * Prints "NEWSGRAPH_NEO4J_READY <port>" once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public class Launcher {
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: Launcher DATA_DIR BOLT_PORT [PAGECACHE_MB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 256;

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Bound to loopback only; the local default needs no password.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close();
    System.out.println("NEWSGRAPH_NEO4J_READY " + port);
    System.out.flush();
  }
}
