package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every MUST of xAPI Data about a statement's shape, one test each, fed by the fixtures under
 * {@code src/test/resources/xapi/}. Each rejection must name the offending property and cite the rule.
 */
class StatementRuleTest {

    static List<String> validFixtures() {
        return Fixtures.names("valid");
    }

    static List<String> invalidFixtures() {
        return Fixtures.names("invalid").stream().filter(n -> !n.equals("duplicate-property")).toList();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void whenFixtureIsValidThenNothingIsReported(String name) {
        Violations v = StatementRule.check(Fixtures.json("valid/" + name));
        assertTrue(v.isEmpty(), name + ": " + v);
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void whenFixtureIsInvalidThenItIsRejectedWithASpecReference(String name) {
        Violations v = StatementRule.check(Fixtures.json("invalid/" + name));
        assertFalse(v.isEmpty(), name + " was accepted");
        assertTrue(v.list().stream().allMatch(x -> x.rule().matches(".*\\((Data|Communication) [0-9].*")), name + ": " + v);
    }

    /** Asserts the fixture is rejected at {@code path} with a rule mentioning {@code section}. */
    static void rejected(String fixture, String path, String section) {
        Violations v = StatementRule.check(Fixtures.json("invalid/" + fixture));
        assertTrue(v.list().stream().anyMatch(x -> x.path().equals(path) && x.rule().contains(section)),
                fixture + " should be rejected at " + path + " citing " + section + ", got " + v);
    }

    @Test
    void whenAValueIsNullThenRejected() {
        rejected("null-value", "result.success", "2.2.s4.b1.b1");
    }

    @Test
    void whenNullIsInsideExtensionsThenAccepted() {
        assertTrue(StatementRule.check(Fixtures.json("valid/group-actor-with-members")).isEmpty());
    }

    @Test
    void whenANumberIsSentAsAStringThenRejected() {
        rejected("number-as-string", "result.score.raw", "2.2.s4.b1.b2");
    }

    @Test
    void whenABooleanIsSentAsAStringThenRejected() {
        rejected("boolean-as-string", "result.success", "2.2.s4.b1.b3");
    }

    @Test
    void whenAnIriHasNoSchemeThenRejected() {
        rejected("iri-without-scheme", "verb.id", "Data 2.4.3");
    }

    @Test
    void whenAUuidIsEmptyOrMalformedThenRejected() {
        rejected("empty-string-id", "id", "Data 2.4.1");
        rejected("uuid-malformed", "id", "Data 2.4.1");
    }

    @Test
    void whenAKeyDiffersInCaseThenRejected() {
        rejected("key-case", "Actor", "2.2.s4.b1.b5");
        rejected("key-case", "actor", "2.2.s2.b3");
    }

    @Test
    void whenAnEnumeratedValueDiffersInCaseThenRejected() {
        rejected("enum-case", "actor.objectType", "2.2.s4.b1.b6");
    }

    @Test
    void whenAPropertyIsNotInTheSpecificationThenRejected() {
        rejected("unknown-property", "verified", "2.2.s4.b1.b7");
    }

    @Test
    void whenALanguageMapKeyIsNotALanguageTagThenRejected() {
        rejected("language-map-key", "verb.display.english", "2.2.s4.b2");
    }

    @Test
    void whenAPropertyAppearsTwiceThenTheJsonIsRefused() {
        assertThrows(JsonException.class, () -> Fixtures.json("invalid/duplicate-property"));
    }

    @Test
    void whenActorVerbOrObjectIsMissingThenRejected() {
        rejected("missing-verb", "verb", "2.2.s2.b3");
    }

    @Test
    void whenAnAgentHasTwoIdentifiersOrNoneThenRejected() {
        rejected("agent-two-ifis", "actor", "2.4.2.1.s2.b1");
        rejected("agent-no-ifi", "actor", "2.4.2.1.s2.b1");
    }

    @Test
    void whenAnAnonymousGroupHasNoMembersThenRejected() {
        rejected("anonymous-group-no-members", "actor.member", "2.4.2.2.s4.b1");
    }

    @Test
    void whenAGroupContainsAGroupThenRejected() {
        rejected("group-in-group", "actor.member[0]", "2.4.2.2.s4.b2");
    }

    @Test
    void whenAnIdentifiedGroupHasTwoIdentifiersThenRejected() {
        rejected("identified-group-two-ifis", "actor", "2.4.2.2.s5.b1");
    }

    @Test
    void whenAnIdentifierIsMalformedThenRejected() {
        rejected("mbox-not-mailto", "actor.mbox", "2.4.2.3");
        rejected("sha1-not-hex", "actor.mbox_sha1sum", "2.4.2.3");
        rejected("account-without-homepage", "actor.account.homePage", "2.4.2.4");
    }

    @Test
    void whenAnAgentObjectHasNoObjectTypeThenRejected() {
        rejected("agent-object-without-objecttype", "object.mbox", "2.2.s4.b1.b7");
        rejected("agent-object-without-objecttype", "object.id", "2.4.4.1");
    }

    @Test
    void whenAStatementRefHasNoUuidThenRejected() {
        rejected("statementref-bad-id", "object.id", "2.4.4.3.s4.b2");
    }

    @Test
    void whenASubStatementHasAnIdThenRejected() {
        rejected("substatement-with-id", "object.id", "2.4.4.3.s8.b3");
    }

    @Test
    void whenASubStatementIsNestedThenRejected() {
        rejected("substatement-nested", "object.object", "2.4.4.3.s8.b4");
    }

    @Test
    void whenASubStatementIsInvalidThenRejectedAsAStatement() {
        rejected("substatement-invalid-inside", "object.actor.mbox", "2.4.2.3");
    }

    @Test
    void whenAVoidingStatementHasNoStatementRefThenRejected() {
        rejected("voiding-without-statementref", "object.objectType", "2.3.2.s2.b1");
    }

    @Test
    void whenAScoreBreaksItsBoundsThenRejected() {
        rejected("scaled-out-of-range", "result.score.scaled", "2.4.5.1");
        rejected("raw-above-max", "result.score.raw", "2.4.5.1");
        rejected("min-not-below-max", "result.score.min", "2.4.5.1");
    }

    @Test
    void whenADurationIsNotIso8601ThenRejected() {
        rejected("duration-not-iso", "result.duration", "Data 4.6");
        rejected("duration-alternative-format", "result.duration", "Data 4.6");
    }

    @Test
    void whenContextActivitiesUseAnUnknownKeyOrANonActivityThenRejected() {
        rejected("context-activities-unknown-key", "context.contextActivities.parents", "2.4.6.2.s4.b1");
        rejected("context-activity-not-activity", "context.contextActivities.parent", "2.4.6.2.s4.b2");
    }

    @Test
    void whenRevisionOrPlatformIsUsedWithoutAnActivityObjectThenRejected() {
        rejected("revision-with-agent-object", "context.revision", "2.4.6.s4.b1");
        rejected("platform-with-statementref-object", "context.platform", "2.4.6.s4.b1");
    }

    @Test
    void whenATeamIsNotAGroupThenRejected() {
        rejected("team-is-agent", "context.team.objectType", "2.4.6");
    }

    @Test
    void whenATimestampIsNotIso8601ThenRejected() {
        rejected("timestamp-not-iso", "timestamp", "Data 2.4.7");
        rejected("timestamp-negative-zero-offset", "timestamp", "Data 2.4.7");
        rejected("timestamp-impossible-date", "timestamp", "Data 2.4.7");
        rejected("stored-not-timestamp", "stored", "Data 2.4.8");
    }

    @Test
    void whenTheVersionDoesNotStartWithOneZeroThenRejected() {
        rejected("version-not-1-0", "version", "Data 2.4.10.s3.b2");
        assertTrue(StatementRule.check(Fixtures.json("valid/version-1-0-9")).isEmpty());
        assertTrue(StatementRule.check(Fixtures.json("valid/version-1-0")).isEmpty(), "Data 2.4.10.s2.b1: \"1.0\" as in the header");
    }

    /** Data 2.4.9.s3.b1: an authority is an Agent, or a Group of exactly two Agents (three-legged OAuth). */
    @Test
    void whenASubmittedAuthorityIsNeitherAnAgentNorAPairThenRejected() {
        rejected("authority-no-ifi", "authority", "Data 2.4.2.1");
        rejected("authority-group-of-three", "authority.member", "2.4.9.s3.b1");
        rejected("authority-identified-group", "authority.member", "2.4.9.s3.b1");
        assertTrue(StatementRule.check(Fixtures.json("valid/authority-oauth-group")).isEmpty());
    }

    @Test
    void whenAnInteractionIsMalformedThenRejected() {
        rejected("interaction-type-unknown", "object.definition.interactionType", "2.4.4.1.s13.b1");
        rejected("interaction-without-type", "object.definition.interactionType", "2.4.4.1.s13.b1");
        rejected("interaction-component-ids-repeat", "object.definition.choices[1].id", "2.4.4.1.s16.b1");
        rejected("interaction-list-wrong-type", "object.definition.choices", "2.4.4.1.s15");
    }

    @Test
    void whenAnExtensionKeyIsNotAnIriThenRejected() {
        rejected("extension-key-not-iri", "context.extensions.school-code", "4.1.s3.b1");
    }

    @Test
    void whenAnAttachmentHasABadLengthThenRejected() {
        // without a fileUrl it is valid in form: whether its data came is the request's question (boundary/StatementRequest)
        rejected("attachment-length-fraction", "attachments[0].length", "Data 2.4.11");
    }

    @Test
    void whenTheContextLanguageOrRegistrationIsMalformedThenRejected() {
        rejected("context-language-not-tag", "context.language", "Data 2.4.6");
        rejected("registration-not-uuid", "context.registration", "Data 2.4.6");
    }

    @Test
    void whenTheStatementIsNotAnObjectThenRejected() {
        Violations v = StatementRule.check(Fixtures.json("invalid/not-an-object"));
        assertFalse(v.isEmpty());
    }

    @Test
    void whenTheAuthorityHasNoIdentifierThenRejected() {
        rejected("authority-no-ifi", "authority", "2.4.2.1.s2.b1");
    }
}
