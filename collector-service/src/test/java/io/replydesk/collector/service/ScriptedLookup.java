package io.replydesk.collector.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS stand-in for names of the tests' own: each name answers a script of addresses, one entry per lookup, the
 * last entry repeating. A real resolver cannot be made to change its answer between a check and a connection.
 * Names it does not know fail as unknown hosts: nothing here ever reaches the system resolver.
 */
final class ScriptedLookup implements HostLookup {

    private final Map<String, List<String>> scripts = new HashMap<>();
    private final Map<String, AtomicInteger> asked = new HashMap<>();

    /** {@code name} answers {@code answers[0]} the first time, {@code answers[1]} the second, and so on. */
    synchronized ScriptedLookup answer(String name, String... answers) {
        scripts.put(name, List.of(answers));
        asked.put(name, new AtomicInteger());
        return this;
    }

    synchronized int timesAsked(String name) {
        return asked.getOrDefault(name, new AtomicInteger()).get();
    }

    @Override
    public synchronized InetAddress[] addresses(String host) throws UnknownHostException {
        List<String> script = scripts.get(host);
        if (script == null) {
            throw new UnknownHostException(host + " (not in the test's script)");
        }
        int lookup = asked.get(host).getAndIncrement();
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : script.get(Math.min(lookup, script.size() - 1)).split(",")) {
            // Literals only: getByName parses them without asking any resolver.
            addresses.add(InetAddress.getByName(literal.strip()));
        }
        return addresses.toArray(InetAddress[]::new);
    }
}
