package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * payara/prometheus-rules.yml has the shape {@code promtool check rules} wants (groups of named alerts with an
 * expression, a duration, labels and annotations), and names only metrics the service exposes: FailoverIT scrapes a
 * running instance with {@link #metricNames()}.
 */
class PrometheusRulesTest {
    static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "inf", "nan");

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(Path.of("payara", "prometheus-rules.yml"), StandardCharsets.UTF_8));
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            all.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return all;
    }

    /** Every metric name the rules' expressions use ("up" comes from Prometheus itself). */
    static Set<String> metricNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> rule : rules()) {
            names.addAll(metricNames((String) rule.get("expr")));
        }
        names.remove("up");
        return names;
    }

    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\()?").matcher(bare);
        while (m.find()) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void everyRuleIsANamedAlertWithAnExpressionAndASummary() throws IOException {
        Set<String> alerts = new HashSet<>();
        for (Map<String, Object> rule : rules()) {
            String alert = (String) rule.get("alert");
            assertTrue(alert != null && alert.matches("[A-Za-z][A-Za-z0-9_]*") && alerts.add(alert), "alert name: " + rule);
            assertFalse(((String) rule.get("expr")).isBlank(), alert);
            Object wait = rule.get("for");
            assertTrue(wait == null || wait.toString().matches("\\d+[smhd]"), alert + " for: " + wait);
            assertTrue(((Map<?, ?>) rule.get("annotations")).containsKey("summary"), alert);
            assertTrue(Set.of("alert", "expr", "for", "labels", "annotations").containsAll(rule.keySet()), alert + ": " + rule.keySet());
            assertEquals(count(rule.get("expr").toString(), '('), count(rule.get("expr").toString(), ')'), alert);
        }
    }

    @Test
    void theRulesUseTheMetricsProfile5NamesNotTheOldPrefixedOnes() throws IOException {
        Set<String> names = metricNames();
        assertTrue(names.containsAll(Set.of("memory_usedHeap_bytes", "gc_time_seconds_total", "thread_count",
                "taphuan_xapi_outbox_pending", "taphuan_xapi_outbox_parked", "taphuan_xapi_forward_failing_targets",
                "taphuan_import_jobs_interrupted", "taphuan_signin_failures", "taphuan_signin_locked_accounts")), names.toString());
        names.forEach(n -> assertFalse(n.startsWith("base_") || n.startsWith("vendor_"), n));
        assertEquals(Set.of("memory_usedHeap_bytes", "memory_maxHeap_bytes"),
                metricNames("memory_usedHeap_bytes{mp_scope=\"base\"} / memory_maxHeap_bytes{mp_scope=\"base\"} > 0.9"));
        assertEquals(Set.of("gc_time_seconds_total"), metricNames("sum without (name) (rate(gc_time_seconds_total{mp_scope=\"base\"}[5m])) > 0.2"));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /**
     * Prometheus's own checker accepts the file. Debian's {@code prometheus} package brings {@code promtool}; .ci/run
     * installs it, so on CI ({@code CI=true}) a missing promtool fails instead of skipping.
     */
    @Test
    void promtoolAcceptsTheRules() throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/promtool"));
        if (!"true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(present, "promtool not installed (apt-get install prometheus): skipped");
        }
        assertTrue(present, "promtool missing on CI: .ci/run installs Debian's prometheus package");
        Process p = new ProcessBuilder("/usr/bin/promtool", "check", "rules", "payara/prometheus-rules.yml")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("SUCCESS"), out);
    }
}
