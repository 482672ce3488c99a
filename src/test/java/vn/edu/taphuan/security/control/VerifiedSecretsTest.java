package vn.edu.taphuan.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets remembered after one PBKDF2 check: never a wrong one, never an old one once the stored hash changed. */
class VerifiedSecretsTest {
    final VerifiedSecrets secrets = new VerifiedSecrets();
    final String hash = PasswordHash.hash("mật khẩu đúng".toCharArray(), 1000);

    @Test
    void theRightSecretVerifiesAgainAndAWrongOneNever() {
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        assertFalse(secrets.verify("7", hash, "mật khẩu sai"));
        assertFalse(secrets.verify("7", hash, ""));
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"), "a wrong try does not forget the right one");
    }

    @Test
    void whenThePasswordChangedThenTheOldOneNoLongerVerifies() {
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        String changed = PasswordHash.hash("mật khẩu mới".toCharArray(), 1000);

        assertFalse(secrets.verify("7", changed, "mật khẩu đúng"));
        assertTrue(secrets.verify("7", changed, "mật khẩu mới"));
    }

    @Test
    void aSecretVerifiedForOneKeyIsCheckedInFullForAnother() {
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        String other = PasswordHash.hash("khác".toCharArray(), 1000);

        assertFalse(secrets.verify("8", other, "mật khẩu đúng"));
    }

    @Test
    void aForgottenSecretIsCheckedInFullAgain() {
        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        secrets.forget("7");

        assertTrue(secrets.verify("7", hash, "mật khẩu đúng"));
        assertFalse(secrets.verify("7", "PBKDF2WithHmacSHA256:1000:AAAA:AAAA", "mật khẩu đúng"));
    }
}
