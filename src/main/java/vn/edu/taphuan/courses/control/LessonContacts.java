package vn.edu.taphuan.courses.control;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.referral.entity.ContactKind;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code contacts} block of a lesson: one line of referral contact kinds ({@link ContactKind} keys). It renders
 * as {@code <div class="contacts" data-kinds="ward-police health-station">…</div>}, a placeholder the learner page
 * fills with the learner's school's, ward's and city's entries (referral capability); the text inside is what a
 * reader without script sees: the national hotlines.
 */
final class LessonContacts {
    static final String INFO = "contacts";

    private LessonContacts() {
    }

    static List<String> kinds(FencedCodeBlock block) {
        return Arrays.stream(block.getLiteral().strip().split("\\s+")).filter(k -> !k.isEmpty()).toList();
    }

    /** Every key must be a contact kind; an empty block is a mistake too. */
    static void check(FencedCodeBlock block, LessonMarkdown.Context context, int line) {
        List<String> kinds = kinds(block);
        String known = String.join(" ", Arrays.stream(ContactKind.values()).map(ContactKind::key).toList());
        if (kinds.isEmpty()) {
            context.problems().add(CourseProblem.of(context.file(), line, "course.problem.noContactKinds", known));
        }
        for (String kind : kinds) {
            if (ContactKind.of(kind).isEmpty()) {
                context.problems().add(CourseProblem.of(context.file(), line, "course.problem.unknownContactKind", kind, known));
            }
        }
    }

    /** Renders contacts blocks as the placeholder, and every other fenced block as the core renderer would. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Locale locale;

        Renderer(HtmlNodeRendererContext context, Locale locale) {
            this.context = context;
            this.html = context.getWriter();
            this.locale = locale;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            html.line();
            if (INFO.equals(info)) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("class", "contacts");
                attributes.put("data-kinds", String.join(" ", kinds(block)));
                html.tag("div", attributes);
                html.text(Messages.format(locale, "course.contacts.fallback"));
                html.tag("/div");
            } else {
                Map<String, String> code = new LinkedHashMap<>();
                if (!info.isEmpty()) {
                    code.put("class", "language-" + info.split("\\s+")[0]);
                }
                html.tag("pre", context.extendAttributes(block, "pre", Map.of()));
                html.tag("code", context.extendAttributes(block, "code", code));
                html.text(block.getLiteral());
                html.tag("/code");
                html.tag("/pre");
            }
            html.line();
        }
    }
}
