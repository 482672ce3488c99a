package vn.edu.taphuan.xapi.control;

import vn.edu.taphuan.xapi.entity.LrsClient;

import java.util.Optional;

/**
 * Credentials the LRS does not issue itself: short-lived tokens a capability above xapi hands to content it launches
 * (cmi5's auth-token, cmi5 §8.2, sent as {@code Authorization: Basic <token>}). Dependency inversion, as
 * {@code security/control/AccountHolders}: xapi asks, the upper capability answers, xapi imports nothing of it.
 * Without an implementation, or when it answers empty, the token is read as an ordinary {@code key:secret}.
 */
public interface LrsTokens {

    /** The client a Basic token (the part after "Basic ") stands for, or empty when it is not one of these tokens. */
    Optional<LrsClient> client(String basicToken);
}
