package vn.edu.taphuan.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Locale;

/**
 * The Inverse Functional Identifier of an Agent or identified Group as one comparable string (xAPI Data
 * 2.4.2.3): two agents are the same when they use the same IFI with equal values. The domain of an e-mail
 * address is case-insensitive, so it is lower-cased.
 */
public final class Ifi {
    private Ifi() {
    }

    /** The IFI, or null for an anonymous Group (or anything without one). */
    public static String of(JsonValue value) {
        if (!(value instanceof JsonObject agent)) {
            return null;
        }
        if (agent.get("mbox") instanceof JsonString mbox) {
            String s = mbox.getString();
            int at = s.lastIndexOf('@');
            return "mbox|" + (at < 0 ? s : s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT));
        }
        if (agent.get("mbox_sha1sum") instanceof JsonString sha1) {
            return "sha1|" + sha1.getString().toLowerCase(Locale.ROOT);
        }
        if (agent.get("openid") instanceof JsonString openid) {
            return "openid|" + openid.getString();
        }
        if (agent.get("account") instanceof JsonObject account
                && account.get("homePage") instanceof JsonString home && account.get("name") instanceof JsonString name) {
            return "account|" + home.getString() + "|" + name.getString();
        }
        return null;
    }
}
