package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.entity.FilterKey;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which filters of GET statements (xAPI Communication 2.1.3) a statement answers, directly or only as related. */
class StatementKeysTest {
    static List<FilterKey> keys(String json) {
        return StatementKeys.of(StatementJson.parse(json).asJsonObject());
    }

    static boolean has(List<FilterKey> keys, String hash, boolean direct) {
        return keys.stream().anyMatch(k -> k.hash().equals(hash) && k.direct() == direct);
    }

    @Test
    void whenAnAgentIsActorOrGroupMemberThenItMatchesDirectlyAndAsAuthorityOrInstructorOnlyAsRelated() {
        List<FilterKey> k = keys("""
                {"actor":{"objectType":"Group","mbox":"mailto:team@x.org","member":[{"mbox":"mailto:a@X.org"}]},
                 "verb":{"id":"http://x.org/v"},"object":{"id":"http://x.org/a"},
                 "context":{"instructor":{"mbox":"mailto:teacher@x.org"},"registration":"6690E6C9-3EF0-4ED3-8B37-7F3964730BEE"},
                 "authority":{"account":{"homePage":"http://lrs.x.org/","name":"key"}}}""");
        assertTrue(has(k, StatementKeys.agent("mbox|mailto:team@x.org"), true));
        assertTrue(has(k, StatementKeys.agent("mbox|mailto:a@x.org"), true), "member, domain case ignored");
        assertTrue(has(k, StatementKeys.agent("mbox|mailto:teacher@x.org"), false));
        assertTrue(has(k, StatementKeys.agent("account|http://lrs.x.org/|key"), false));
        assertTrue(has(k, StatementKeys.verb("http://x.org/v"), true));
        assertTrue(has(k, StatementKeys.registration("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"), true), "registration case ignored");
        assertEquals(k.size(), k.stream().map(FilterKey::hash).distinct().count(), "one key per value");
    }

    @Test
    void whenAnActivityIsTheObjectItMatchesDirectlyAndAsContextOnlyAsRelated() {
        List<FilterKey> k = keys("""
                {"actor":{"mbox":"mailto:a@x.org"},"verb":{"id":"http://x.org/v"},"object":{"id":"http://x.org/lesson"},
                 "context":{"contextActivities":{"parent":[{"id":"http://x.org/course"}],"grouping":{"id":"http://x.org/lesson"}}}}""");
        assertTrue(has(k, StatementKeys.activity("http://x.org/lesson"), true), "direct wins over related for the same value");
        assertTrue(has(k, StatementKeys.activity("http://x.org/course"), false));
    }

    @Test
    void whenTheObjectIsASubStatementThenItsAgentsAndActivitiesAreRelated() {
        List<FilterKey> k = keys("""
                {"actor":{"mbox":"mailto:a@x.org"},"verb":{"id":"http://x.org/planned"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:b@x.org"},"verb":{"id":"http://x.org/visit"},
                           "object":{"id":"http://x.org/site"}}}""");
        assertTrue(has(k, StatementKeys.agent("mbox|mailto:b@x.org"), false));
        assertTrue(has(k, StatementKeys.activity("http://x.org/site"), false));
        assertTrue(k.stream().noneMatch(x -> x.hash().equals(StatementKeys.verb("http://x.org/visit"))));
    }
}
