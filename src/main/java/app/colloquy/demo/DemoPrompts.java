package app.colloquy.demo;

import java.util.List;
import java.util.Map;

/** Discussion prompts a civics teacher would ask about each section of the seed reading. */
final class DemoPrompts {

    static final Map<String, List<String>> BY_SECTION = Map.of(
            "Examining the Initial Interactions: President Trump Putin Meeting",
                    List.of(
                            "The article notes that no US note-taker was present in Hamburg. Why does an official record "
                                    + "of a meeting between heads of state matter, and to whom does it make a president accountable?",
                            "The US side downplayed the Hamburg meeting while Russia called it a positive step. Why might two "
                                    + "governments describe the same meeting so differently, and how should a reader weigh official accounts?",
                            "Find a sentence where the author offers a guess or an opinion rather than a documented fact "
                                    + "(look for words such as \"likely\"). How does it change how far you rely on that passage?"),
            "The Key Meetings: Syria, Ukraine and Election Interference",
                    List.of(
                            "At the Helsinki press conference Trump appeared to side with Putin over US intelligence findings. "
                                    + "What role should the intelligence community's conclusions play in a president's foreign policy?",
                            "Members of Congress wanted to know what was said in private calls between the two leaders. "
                                    + "What powers does the Constitution give Congress to oversee a president's conduct of foreign affairs?",
                            "Should a president's conversations with a foreign leader stay confidential? Weigh the need for "
                                    + "candid diplomacy against the public's right to know."),
            "Impacts and Aftermath: International Relations, US Foreign Policy",
                    List.of(
                            "Allies worried that the US was not standing up to Russian aggression. Why does the trust of allies "
                                    + "matter to a country's security? Support your answer with a detail from the text.",
                            "The author contrasts \"personal relationships\" with \"strategic interests\". Explain the difference "
                                    + "and argue which should guide a president's diplomacy.",
                            "What is the \"post-World War II international order\" the article mentions, and which institutions "
                                    + "uphold it today?"));

    private DemoPrompts() {}

    static List<String> forSection(String heading) {
        List<String> prompts = BY_SECTION.get(heading);
        if (prompts == null) {
            throw new IllegalStateException("No demo prompts for section \"" + heading + "\"");
        }
        return prompts;
    }
}
