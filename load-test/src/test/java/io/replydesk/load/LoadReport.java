package io.replydesk.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The load run as Markdown: throughput, latencies, consumer lag, CPU and memory, and whether anything was lost. */
final class LoadReport {

    private LoadReport() {
    }

    static String markdown(LoadRun run) {
        StringBuilder md = new StringBuilder();
        LoadSettings s = run.settings();
        md.append("# Load: ").append(number(s.rate())).append(" posts/s for ").append(s.duration())
                .append(" (warm-up ").append(s.warmup()).append(", ").append(s.batch())
                .append(s.batch() == 1 ? " post" : " posts").append(" per request)\n\n");
        md.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", finished ").append(Instant.now())
                .append("; load average before / after: ").append(run.loadAverageBefore()).append(" / ")
                .append(run.loadAverageAfter()).append("\n\n");
        summary(md, run);
        perMinute(md, run);
        lag(md, run);
        processes(md, run);
        md.append("\nLatencies are p50 / p95 / p99 / max of the measured posts (warm-up excluded), from the data: ")
                .append("`observedAt` is set by the collector when it takes the post in, the posts.observed record's ")
                .append("timestamp when its outbox relay produced it, the PostAssessed's `occurredAt` when the ")
                .append("sentiment service had judged it, the draft's `created_at` in response-service's database. ")
                .append("All are read from one machine's clock. Only NEGATIVE/UNREASONABLE posts get a draft. ")
                .append("Lag is log-end minus committed offset per group (Kafka Admin), committed in the background ")
                .append("every few seconds, so a group that keeps up still shows a few seconds of records. ")
                .append("CPU is utime+stime from /proc/<pid>/stat over the measured phase divided by its wall time ")
                .append("(1.00 = one core busy); RSS is VmRSS from /proc/<pid>/status.\n");
        return md.toString();
    }

    private static void summary(StringBuilder md, LoadRun run) {
        PostGenerator.Phase m = run.measured();
        PipelineLedger ledger = run.ledger();
        Set<String> measured = run.measuredPostIds();
        List<PipelineLedger.Trace> traces = measured.stream().map(ledger.traces::get).filter(Objects::nonNull).toList();
        md.append("| figure | value |\n|---|---|\n");
        row(md, "posts sent in the measured phase", m.posts() + " in " + seconds(m.wall()) + " (target "
                + Math.round(run.settings().rate() * run.settings().duration().toNanos() / 1e9) + ")");
        row(md, "throughput achieved (accepted by the collector)", number(m.acceptedRate()) + " posts/s");
        row(md, "pipeline throughput (measured posts assessed per second, first observed → last assessed)",
                pipelineRate(traces));
        row(md, "mix sent", mix(m));
        row(md, "ingest requests failed / not sent (over " + PostGenerator.MAX_IN_FLIGHT + " open)",
                m.failedRequests() + " / " + m.skippedRequests()
                        + (m.failures().isEmpty() ? "" : " — " + String.join("; ", m.failures())));
        row(md, "ingest request → 202", Latencies.of(m.requestLatencies()).summary());
        row(md, "**observed → draft** (" + count(traces, t -> t.draftedAt() != null) + " drafts)",
                "**" + latencies(traces, PipelineLedger.Trace::observedAt, PipelineLedger.Trace::draftedAt) + "**");
        row(md, "observed → on posts.observed (collector outbox relay)",
                latencies(traces, PipelineLedger.Trace::observedAt, PipelineLedger.Trace::relayedAt));
        row(md, "observed → assessed (all " + count(traces, t -> t.assessedAt() != null) + " posts)",
                latencies(traces, PipelineLedger.Trace::observedAt, PipelineLedger.Trace::assessedAt));
        row(md, "assessed → draft", latencies(traces, PipelineLedger.Trace::assessedAt, PipelineLedger.Trace::draftedAt));
        row(md, "drained after the last post", run.drained() ? "yes, in " + seconds(run.drainTime())
                : "**no** within " + run.settings().drainTimeout());
        row(md, "posts accepted / in collector / on posts.observed / assessed (all phases)",
                run.acceptedPostIds().size() + " / " + ledger.observedInCollector.size() + " / "
                        + ledger.observedRecords.size() + " / " + ledger.assessedRecords.size());
        row(md, "duplicate records on posts.observed / posts.assessed",
                ledger.duplicateRecords(ledger.observedRecords) + " / " + ledger.duplicateRecords(ledger.assessedRecords));
        row(md, "drafts expected (NEGATIVE/UNREASONABLE) / drafts", ledger.needingDraft() + " / " + ledger.drafts());
        row(md, "outbox rows unpublished: collector / response",
                ledger.collectorOutboxPending + " / " + ledger.responseOutboxPending);
        List<String> losses = run.losses();
        row(md, "lost", losses.isEmpty() ? "nothing" : "**" + String.join("; ", losses) + "**");
        row(md, "service restarts during the run", run.restarts().toString());
    }

    private static void perMinute(StringBuilder md, LoadRun run) {
        Instant start = run.measured().start();
        long minutes = Math.max(1, (long) Math.ceil(run.measured().wall().toNanos() / 60e9));
        md.append("\n### Per minute of the measured phase\n\n")
                .append("| minute | posts observed | observed → draft p50 / p95 / p99 / max | observed → assessed p50 / p95 / p99 / max "
                        + "| max collector outbox | max lag sentiment | max lag response |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Set<String> measured = run.measuredPostIds();
        for (long minute = 0; minute < minutes; minute++) {
            Instant from = start.plusSeconds(60 * minute);
            Instant to = from.plusSeconds(60);
            List<PipelineLedger.Trace> traces = measured.stream().map(run.ledger().traces::get)
                    .filter(t -> t != null && !t.observedAt().isBefore(from) && t.observedAt().isBefore(to)).toList();
            md.append("| ").append(minute + 1).append(" | ").append(traces.size()).append(" | ")
                    .append(latencies(traces, PipelineLedger.Trace::observedAt, PipelineLedger.Trace::draftedAt))
                    .append(" | ").append(latencies(traces, PipelineLedger.Trace::observedAt, PipelineLedger.Trace::assessedAt))
                    .append(" | ").append(maxOutbox(run, from, to))
                    .append(" | ").append(maxLag(run, ConsumerLag.SUBSCRIPTIONS.get(0), from, to))
                    .append(" | ").append(maxLag(run, ConsumerLag.SUBSCRIPTIONS.get(1), from, to)).append(" |\n");
        }
    }

    private static void lag(StringBuilder md, LoadRun run) {
        md.append("\n### Consumer lag (records; sampled every ").append(run.settings().sampleInterval())
                .append(")\n\n| group ← topic | max during warm-up | max measured | max while draining | final |\n|---|---|---|---|---|\n");
        Instant warmupStart = run.warmup() == null ? run.measured().start() : run.warmup().start();
        Instant measuredStart = run.measured().start();
        Instant end = run.measured().end();
        List<Sampler.Snapshot> all = run.snapshots();
        Sampler.Snapshot last = all.isEmpty() ? null : all.get(all.size() - 1);
        md.append("| collector outbox → posts.observed (unpublished rows) | ").append(maxOutbox(run, warmupStart, measuredStart))
                .append(" | ").append(maxOutbox(run, measuredStart, end)).append(" | ").append(maxOutbox(run, end, Instant.MAX))
                .append(" | ").append(last == null ? "-" : last.collectorOutbox()).append(" |\n");
        for (ConsumerLag.Subscription subscription : ConsumerLag.SUBSCRIPTIONS) {
            md.append("| ").append(subscription.label()).append(" | ")
                    .append(maxLag(run, subscription, warmupStart, measuredStart)).append(" | ")
                    .append(maxLag(run, subscription, measuredStart, end)).append(" | ")
                    .append(maxLag(run, subscription, end, Instant.MAX)).append(" | ")
                    .append(last == null ? "-" : last.lag().lag().get(subscription)).append(" |\n");
        }
    }

    private static void processes(StringBuilder md, LoadRun run) {
        Sampler.Snapshot a = run.measureStart();
        Sampler.Snapshot b = run.measureEnd();
        double wall = Duration.between(a.at(), b.at()).toNanos();
        md.append("\n### CPU and memory over the measured phase (").append(seconds(Duration.between(a.at(), b.at())))
                .append(")\n\n| process | CPU time | cores busy (avg) | cores busy (peak ")
                .append(run.settings().sampleInterval()).append(") | RSS at end | RSS peak |\n|---|---|---|---|---|---|\n");
        double watched = 0;
        for (Map.Entry<String, WatchedProcess.Usage> start : a.usage().entrySet()) {
            WatchedProcess.Usage endUsage = b.usage().get(start.getKey());
            if (endUsage == null) {
                md.append("| ").append(start.getKey()).append(" | gone | | | | |\n");
                continue;
            }
            long cpu = endUsage.cpuNanos() - start.getValue().cpuNanos();
            watched += cpu;
            md.append("| ").append(start.getKey()).append(" | ").append(seconds(Duration.ofNanos(Math.max(0, cpu))))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", cpu / wall)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", peakCores(run, start.getKey(), a.at(), b.at())))
                    .append(" | ").append(mib(endUsage.rssKib())).append(" | ")
                    .append(mib(peakRss(run, start.getKey(), a.at(), b.at()))).append(" |\n");
        }
        if (run.machineBusyNanos() >= 0) {
            md.append("| whole machine (all ").append(Runtime.getRuntime().availableProcessors()).append(" cores) | ")
                    .append(seconds(Duration.ofNanos(run.machineBusyNanos()))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", run.machineBusyNanos() / wall))
                    .append(" | | | |\n| of which outside the processes above | ")
                    .append(seconds(Duration.ofNanos(Math.max(0, run.machineBusyNanos() - (long) watched))))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", Math.max(0, run.machineBusyNanos() - watched) / wall))
                    .append(" | | | |\n");
        }
    }

    private static double peakCores(LoadRun run, String process, Instant from, Instant to) {
        double peak = 0;
        Sampler.Snapshot previous = null;
        for (Sampler.Snapshot snapshot : run.snapshots()) {
            if (snapshot.at().isBefore(from) || snapshot.at().isAfter(to)) {
                continue;
            }
            if (previous != null && previous.usage().containsKey(process) && snapshot.usage().containsKey(process)) {
                long cpu = snapshot.usage().get(process).cpuNanos() - previous.usage().get(process).cpuNanos();
                long wall = Duration.between(previous.at(), snapshot.at()).toNanos();
                if (wall >= run.settings().sampleInterval().toNanos() / 2) {
                    peak = Math.max(peak, (double) cpu / wall);
                }
            }
            previous = snapshot;
        }
        return peak;
    }

    private static long peakRss(LoadRun run, String process, Instant from, Instant to) {
        return run.snapshots().stream().filter(s -> !s.at().isBefore(from) && !s.at().isAfter(to))
                .map(s -> s.usage().get(process)).filter(Objects::nonNull)
                .mapToLong(WatchedProcess.Usage::rssKib).max().orElse(0);
    }

    private static String maxOutbox(LoadRun run, Instant from, Instant to) {
        return run.snapshots().stream().filter(s -> !s.at().isBefore(from) && s.at().isBefore(to))
                .mapToLong(Sampler.Snapshot::collectorOutbox).max().stream().mapToObj(Long::toString).findFirst()
                .orElse("-");
    }

    private static String maxLag(LoadRun run, ConsumerLag.Subscription subscription, Instant from, Instant to) {
        return run.snapshots().stream().filter(s -> !s.at().isBefore(from) && s.at().isBefore(to))
                .map(s -> s.lag().lag().get(subscription)).filter(Objects::nonNull).mapToLong(Long::longValue).max()
                .stream().mapToObj(Long::toString).findFirst().orElse("-");
    }

    private static String latencies(List<PipelineLedger.Trace> traces, Function<PipelineLedger.Trace, Instant> from,
            Function<PipelineLedger.Trace, Instant> to) {
        List<Duration> durations = new ArrayList<>();
        for (PipelineLedger.Trace trace : traces) {
            Instant a = from.apply(trace);
            Instant b = to.apply(trace);
            if (a != null && b != null) {
                durations.add(Duration.between(a, b));
            }
        }
        return Latencies.of(durations).summary();
    }

    private static String pipelineRate(List<PipelineLedger.Trace> traces) {
        Instant first = traces.stream().map(PipelineLedger.Trace::observedAt).min(Instant::compareTo).orElse(null);
        Instant last = traces.stream().map(PipelineLedger.Trace::assessedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        long assessed = count(traces, t -> t.assessedAt() != null);
        if (first == null || last == null || !last.isAfter(first)) {
            return "-";
        }
        return number(assessed / (Duration.between(first, last).toNanos() / 1e9)) + " posts/s";
    }

    private static long count(List<PipelineLedger.Trace> traces, java.util.function.Predicate<PipelineLedger.Trace> p) {
        return traces.stream().filter(p).count();
    }

    private static String mix(PostGenerator.Phase phase) {
        StringBuilder mix = new StringBuilder("it/hu/en in equal shares; ");
        phase.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> mix.append(e.getKey().name().toLowerCase(Locale.ROOT)).append(' ').append(e.getValue()).append(", "));
        return mix.append(phase.longPosts()).append(" long (" + PostCorpus.LONG_MIN_CHARS + "–" + PostCorpus.LONG_MAX_CHARS + " characters)").toString();
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    static String seconds(Duration d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%.0f MB", kib / 1024.0);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
