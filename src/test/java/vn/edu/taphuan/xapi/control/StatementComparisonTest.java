package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** xAPI Data 2.3.1 "Statement Comparison Requirements": what makes two statements with one id the same. */
class StatementComparisonTest {
    static String hash(String json) {
        return StatementComparison.hash(StatementJson.parse(json).asJsonObject());
    }

    static final String BASE = """
            {"id":"6690e6c9-3ef0-4ed3-8b37-7f3964730bee","actor":{"mbox":"mailto:Ann@Example.ORG"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en":"passed"}},
             "object":{"id":"http://example.org/quiz","definition":{"name":{"en":"Quiz"}}},
             "result":{"score":{"scaled":0.9},"duration":"PT1M"},
             "context":{"contextActivities":{"parent":{"id":"http://example.org/course"}}},
             "timestamp":"2024-11-05T08:30:00+07:00"}""";

    @Test
    void whenOnlyWhatTheLrsMayChangeDiffersThenTheStatementsAreTheSame() {
        String same = """
                {"timestamp":"2024-11-05T01:30:00.000Z","actor":{"mbox":"mailto:Ann@example.org"},
                 "object":{"id":"http://example.org/quiz","definition":{"name":{"vi":"Bài kiểm tra"}}},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},
                 "result":{"duration":"PT1M","score":{"scaled":0.90}},
                 "context":{"contextActivities":{"parent":[{"id":"http://example.org/course","objectType":"Activity"}]}},
                 "stored":"2030-01-01T00:00:00Z","authority":{"mbox":"mailto:lrs@example.org"},"version":"1.0.0"}""";
        assertEquals(hash(BASE), hash(same));
    }

    @Test
    void whenMeaningDiffersThenTheStatementsDiffer() {
        assertNotEquals(hash(BASE), hash(BASE.replace("passed\"", "failed\"")));
        assertNotEquals(hash(BASE), hash(BASE.replace("PT1M", "PT60S")), "the duration is compared as a string (Data 2.3.1.b8)");
        assertNotEquals(hash(BASE), hash(BASE.replace("08:30:00+07:00", "08:30:01+07:00")));
        assertNotEquals(hash(BASE), hash(BASE.replace("mailto:Ann@", "mailto:ann@")), "the local part of an e-mail address counts");
        assertNotEquals(hash(BASE), hash(BASE.replace("0.9}", "0.8}")));
    }

    @Test
    void whenGroupMembersComeInAnotherOrderThenTheStatementsAreTheSame() {
        String a = "{\"actor\":{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@x.org\"},{\"mbox\":\"mailto:b@x.org\"}]},"
                + "\"verb\":{\"id\":\"http://x.org/v\"},\"object\":{\"id\":\"http://x.org/a\"}}";
        String b = a.replace("mailto:a@x.org", "mailto:TMP").replace("mailto:b@x.org", "mailto:a@x.org").replace("mailto:TMP", "mailto:b@x.org");
        assertEquals(hash(a), hash(b));
    }
}
