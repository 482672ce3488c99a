package vn.edu.taphuan.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.xapi.entity.FoundStatement;
import vn.edu.taphuan.xapi.entity.StatementEntry;
import vn.edu.taphuan.xapi.entity.StatementFilter;
import vn.edu.taphuan.xapi.entity.StoredPage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of the built-in LRS as district admins read them (docs/xapi.md §8, "The admin view"): a page from
 * {@link StatementQuery} — the LRS's own filtered, index-driven query, voided statements included — with each
 * actor mapped back to the staff code and school on the roster and each statement's credential to its label. The
 * mapping is two look-ups per page (one for the actors, one for the credentials), never per statement or per table.
 */
@ApplicationScoped
public class StatementLog {

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    StatementQuery query;

    @Inject
    XapiProfile profile;

    @Inject
    Roster roster;

    @Inject
    StaffActors staffActors;

    /** A page of entries: the statements and the cursor of the next page (null on the last). */
    public record EntryPage(List<StatementEntry> entries, Long next) {
    }

    /** The filter key of a staff member's statements: their pseudonymous actor (docs/xapi.md §1), if the code is on the roster. */
    public Optional<String> agentKeyOf(String staffCode) {
        // the directory answers who the code is (its own query), not SQL here on its table
        return roster.findStaff(staffCode).map(st -> profile.agentKey(st.actorKey()));
    }

    public EntryPage page(StatementFilter filter) {
        StoredPage page = query.page(filter);
        List<JsonObject> statements = page.statements().stream()
                .map(s -> StatementJson.parse(s.json()).asJsonObject()).toList();
        Set<String> actorKeys = new LinkedHashSet<>();
        Set<Long> credentials = new LinkedHashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            ourActorKey(statements.get(i)).ifPresent(actorKeys::add);
            if (page.statements().get(i).credentialId() != null) {
                credentials.add(page.statements().get(i).credentialId());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, StaffActor> staff = staffActors.ofActors(c, actorKeys);
            Map<Long, String[]> labels = credentials(c, credentials);
            List<StatementEntry> entries = new ArrayList<>(statements.size());
            for (int i = 0; i < statements.size(); i++) {
                FoundStatement found = page.statements().get(i);
                JsonObject statement = statements.get(i);
                StaffActor person = ourActorKey(statement).map(staff::get).orElse(null);
                String[] credential = found.credentialId() == null ? null : labels.get(found.credentialId());
                entries.add(new StatementEntry(statement, found.stored(), found.voided(),
                        person == null ? null : person.staffCode(), person == null ? null : person.schoolCode(),
                        credential == null ? null : credential[0], credential == null ? null : credential[1]));
            }
            return new EntryPage(entries, page.nextAfterSeq());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the statements' staff and credentials failed: " + e.getMessage(), e);
        }
    }

    /** The actor key when the actor is an account of this deployment (a staff member's, or the service's own). */
    private Optional<String> ourActorKey(JsonObject statement) {
        if (statement.get("actor") instanceof JsonObject actor && actor.get("account") instanceof JsonObject account
                && profile.isOurHomePage(account.getString("homePage", null)) && account.get("name") instanceof JsonString name) {
            return Optional.of(name.getString());
        }
        return Optional.empty();
    }

    /** Credential id → key and label. */
    private static Map<Long, String[]> credentials(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id, api_key, label FROM xapi_credential WHERE id IN (" + Sql.marks(ids.size()) + ")")) {
            int i = 1;
            for (Long id : ids) {
                p.setLong(i++, id);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                }
            }
        }
        return found;
    }

}
