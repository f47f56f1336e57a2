package io.replydesk.stack;

/** The three ReplyDesk services the local run starts, with their defaults. */
public enum LocalService {
    RESPONSE(8080, "384m"),
    COLLECTOR(8081, "384m"),
    SENTIMENT(8082, "1200m");

    private final int defaultPort;
    private final String defaultHeap;

    LocalService(int defaultPort, String defaultHeap) {
        this.defaultPort = defaultPort;
        this.defaultHeap = defaultHeap;
    }

    /** Short name: used for the database, the log file and messages ("collector"). */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Maven module and display name ("collector-service"). */
    public String moduleName() {
        return shortName() + "-service";
    }

    public String database() {
        return shortName();
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String defaultHeap() {
        return defaultHeap;
    }

    /** Environment variable that overrides the HTTP port ("REPLYDESK_COLLECTOR_PORT"). */
    public String portVariable() {
        return "REPLYDESK_" + name() + "_PORT";
    }

    /** Environment variable that overrides the maximum heap ("REPLYDESK_COLLECTOR_HEAP", e.g. 512m). */
    public String heapVariable() {
        return "REPLYDESK_" + name() + "_HEAP";
    }
}
