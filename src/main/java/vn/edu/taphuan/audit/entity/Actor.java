package vn.edu.taphuan.audit.entity;

import java.io.Serializable;

/**
 * Who acted and from where, as an audit entry names them: {@code name} is "account:&lt;username&gt;",
 * "lrs:&lt;key&gt;" or "system"; {@code address} the client's address (null for background work);
 * {@code schoolCode} the school of the acting account (null for district admins, LRS credentials and the system).
 */
public record Actor(String name, String address, String schoolCode) implements Serializable {
    public static final Actor SYSTEM = new Actor("system", null, null);

    public static Actor account(String username, String address, String schoolCode) {
        return new Actor("account:" + username, address, schoolCode);
    }

    public static Actor lrs(String key, String address) {
        return new Actor("lrs:" + key, address, null);
    }
}
