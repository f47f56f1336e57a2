package io.replydesk.collector.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where a host name's addresses come from. The system resolver in production; tests answer for names of their own,
 * because they cannot make a real DNS server change its answer between a check and a connection.
 */
@FunctionalInterface
interface HostLookup {

    HostLookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] addresses(String host) throws UnknownHostException;
}
