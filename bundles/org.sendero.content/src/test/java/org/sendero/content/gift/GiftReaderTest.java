package org.sendero.content.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.content.Problem;
import org.sendero.core.content.Question;
import org.sendero.core.content.Question.Common;
import org.sendero.core.content.Question.Feedback;
import org.sendero.core.content.Question.NumericRange;
import org.sendero.core.content.Question.Option;
import org.sendero.core.content.Question.Pair;

class GiftReaderTest {

    private static final Path CORPUS = Path.of("src/test/gift");

    private static Common common(String id, String prompt) {
        return new Common(id, prompt, Optional.empty(), Optional.empty());
    }

    private static ImportedQuiz read(String file) throws Exception {
        return GiftReader.read(Files.readString(CORPUS.resolve(file)), file);
    }

    @Test
    void everyConstructOfTheCorpusBecomesTheExpectedItem() throws Exception {
        ImportedQuiz quiz = read("corpus.gift");
        List<Question> expected = List.of(
                new Question.SingleChoice(common("protocol-definition", "Which text defines migrant smuggling?"),
                        List.of(
                                new Option("The UN Smuggling Protocol", true, "Right: Article 3."),
                                new Option("The Refugee Convention", false, "No: that one defines refugees."),
                                new Option("The Palermo trafficking protocol", false, ""))),
                new Question.MultipleResponse(common("benefits", "Which count as a material benefit?"), List.of(
                        new Option("Cash", true, "Yes."), new Option("Unpaid work", true, ""),
                        new Option("Gratitude", false, "No."))),
                new Question.TrueFalse(common("nationals", "Moving nationals inside their own country is smuggling."),
                        false, "It is not: no border is crossed.", "Right."),
                new Question.TrueFalse(common("escapes", "Are {curly} = ~ # : plain characters?"), true, "", ""),
                new Question.ShortAnswer(common("q5", "Smuggling is always _____ by definition."),
                        List.of("transnational", "international"), new Feedback("Correct.", "It crosses a border.")),
                new Question.Matching(common("terms", "Match each term."), List.of(new Pair("Act", "Recruitment"),
                        new Pair("Means", "Deception"), new Pair("Purpose", "Exploitation")),
                        new Feedback("", "Reread the three elements.")),
                new Question.Numeric(common("age", "Under what age is a person a child?"), new NumericRange(18, 18),
                        new Feedback("Right.", "Any person under 18.")),
                new Question.Numeric(common("article", "Which article protects the smuggled migrant?"),
                        new NumericRange(4, 6), Feedback.NONE),
                new Question.Numeric(common("weighted-numeric", "How many elements has trafficking?"),
                        new NumericRange(3, 3), new Feedback("Right.", "")),
                new Question.ShortAnswer(common("format", "**Bold** text is allowed in Markdown"),
                        List.of("yes", "oui"),
                        Feedback.NONE),
                new Question.Numeric(common("counts", "<b>How</b> many?"), new NumericRange(2, 2), Feedback.NONE));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), quiz.items().get(i), "item " + (i + 1));
        }
        assertEquals(expected.size(), quiz.items().size());
        assertEquals(List.of(
                "corpus.gift:2:1: warning: category '$course$/Border officers/Smuggling' is not kept: a quiz file holds one"
                        + " set of items",
                "corpus.gift:36:3: warning: the other numeric answer '3:1' is not kept: one range is accepted",
                "corpus.gift:41:41: warning: an essay question ('Describe your last interview.') has no equivalent in a"
                        + " quiz; left out",
                "corpus.gift:43:1: warning: a description ('Welcome') (text without answers) has no equivalent in a quiz;"
                        + " left out",
                "corpus.gift:45:11: warning: [html] text is kept as it is written; Sendero shows Markdown and escapes HTML"),
                quiz.problems().stream().map(Problem::toString).toList());
        assertFalse(quiz.hasErrors());
    }

    @Test
    void malformedGiftGivesTheLineOfEachErrorAndKeepsTheGoodQuestions() throws Exception {
        ImportedQuiz quiz = read("malformed.gift");
        assertEquals(List.of("fine"), quiz.items().stream().map(Question::id).toList());
        assertEquals(List.of(
                "malformed.gift:3:36: error: '{' is not closed by '}'",
                "malformed.gift:7:27: error: answers start with = (right) or ~ (wrong), not 'yes'",
                "malformed.gift:9:22: error: no option is right: mark one with = or give it a positive %weight%",
                "malformed.gift:11:1: error: the title opened with '::' is not closed with '::'",
                "malformed.gift:13:22: error: '{' inside the answers: write \\{ for a brace in a text",
                "malformed.gift:15:27: error: the option 'a' is listed twice",
                "malformed.gift:17:28: error: 'many' is not a number, NUMBER:TOLERANCE or MIN..MAX"),
                quiz.problems().stream().map(Problem::toString).toList());
        assertTrue(quiz.hasErrors());
    }

    @Test
    void aikenGivesSingleChoiceItemsAndNamesTheLineOfEachMistake() throws Exception {
        ImportedQuiz bank = AikenReader.read(Files.readString(CORPUS.resolve("bank.txt")), "bank.txt");
        assertEquals(List.of(), bank.problems());
        assertEquals(List.of(
                new Question.SingleChoice(common("q1", "Which protocol defines smuggling?"), List.of(
                        new Option("The Smuggling Protocol", true, ""), new Option("The Refugee Convention", false, ""),
                        new Option("The Palermo trafficking protocol", false, ""))),
                new Question.SingleChoice(common("q2", "Who may be prosecuted for having been smuggled?"), List.of(
                        new Option("The migrant", false, ""), new Option("Nobody", true, "")))),
                bank.items());
        ImportedQuiz broken = AikenReader.read(Files.readString(CORPUS.resolve("broken.txt")), "broken.txt");
        assertEquals(List.of(
                "broken.txt:4:9: error: ANSWER: C names no option of the question of line 1 (options A, B)",
                "broken.txt:6:1: error: the question of line 6 has no ANSWER: line before line 8"),
                broken.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("Third question without options"), broken.items().stream().map(Question::prompt).toList());
    }
}
