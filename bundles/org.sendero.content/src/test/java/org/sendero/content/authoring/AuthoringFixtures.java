package org.sendero.content.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendero.content.PackValidator;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.core.content.ContentLink;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;

/** One item of every type, and a new pack in English and Spanish, for the authoring tests. */
final class AuthoringFixtures {

    static final PackValidator VALIDATOR = StandaloneContent.validator();

    private AuthoringFixtures() {
    }

    static LocalizedText texts(String en, String es) {
        return new LocalizedText(Map.of("en", en, "es", es));
    }

    static PackScaffold newPack(Path folder) throws Exception {
        return PackScaffold.createPack(folder,
                new NewPack("office-pack", "1.0.0", texts("Office pack", "Paquete de la oficina"),
                        null, List.of("en", "es"), List.of("Training unit"), "CC-BY-4.0"),
                VALIDATOR);
    }

    private static Common common(String id, String prompt, Optional<String> ref) {
        return new Common(id, prompt, Optional.empty(), ref.flatMap(ContentLink::parse));
    }

    /** Every item type, with a ref to {@code ref} on the first when given. */
    static List<Question> everyType(Optional<String> ref) {
        return List.of(
                new Question.SingleChoice(common("q1", "Where do you talk with her first?", ref), List.of(
                        new Option("In a private room", true, "Right: privacy first."),
                        new Option("At the counter", false, "Others can hear her there."))),
                new Question.MultipleResponse(common("q2", "Which are signs to ask more about?", Optional.empty()),
                        List.of(
                                new Option("Someone else holds her papers", true, ""),
                                new Option("She answers for herself", false, "That is no sign."),
                                new Option("A debt to the recruiter", true, ""))),
                new Question.TrueFalse(
                        common("q3", "Any adult who says he is family may take the children.", Optional.empty()),
                        false, "No: verify the relationship first.", "Right: verify it first."),
                new Question.ShortAnswer(common("q4", "What is 'trata de personas' in English?", Optional.empty()),
                        List.of("trafficking in persons", "human trafficking"),
                        new Feedback("Right.", "It is trafficking in persons.")),
                new Question.Matching(common("q5", "Match each element with an example.", Optional.empty()), List.of(
                        new Pair("Act", "Recruitment"), new Pair("Means", "Deception"),
                        new Pair("Purpose", "Exploitation")),
                        new Feedback("", "See the three elements again.")),
                new Question.Ordering(common("q6", "Put the steps in order.", Optional.empty()),
                        List.of("Offer a private room", "Call the shelter", "Write down what you were told"),
                        Feedback.NONE),
                new Question.Numeric(common("q7", "Up to what age is a person a child?", Optional.empty()),
                        new NumericRange(17, 17.99), new Feedback("Right.", "Any person under 18 is a child.")));
    }
}
