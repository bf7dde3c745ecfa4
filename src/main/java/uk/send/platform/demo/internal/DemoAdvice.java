package uk.send.platform.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.send.platform.advice.AdviceHistories.FormQuestion;
import uk.send.platform.advice.AdviceHistories.ProvisionLine;
import uk.send.platform.advice.AdviceHistories.WrittenAdvice;

/** Plausible advice for the synthetic Local Area: each question answered from a few short, realistic phrases. */
final class DemoAdvice {

    private static final Map<String, List<String>> TEXT = Map.ofEntries(
            Map.entry("sources", List.of("Seen in clinic with a parent; school SENCo report and previous letters read.",
                    "Observed in class and at break; spoke with the class teacher and the family.")),
            Map.entry("diagnoses", List.of("Autism spectrum condition, diagnosed at 6.", "Global developmental delay; "
                    + "epilepsy, controlled with medication.", "Developmental language disorder.")),
            Map.entry("needs", List.of("Finds busy rooms overwhelming and needs predictable routines and movement breaks.",
                    "Understands short, concrete instructions; needs visual support to follow the day.",
                    "Needs support to regulate emotions and to join in with peers at unstructured times.")),
            Map.entry("medication", List.of("Medication at lunchtime under an individual health care plan.")),
            Map.entry("views", List.of("Likes drawing and trains; wants to have a friend to play with at break.",
                    "Parents want school to feel safe and for their child to read with confidence.")),
            Map.entry("outcomes", List.of("By the end of the key stage, asks an adult for help when stuck.",
                    "By the end of the year, follows a visual timetable independently through the school day.",
                    "Within 12 months, takes part in a small-group activity for 15 minutes.")),
            Map.entry("educationAdvice", List.of("Seat near the door with a quiet space available.")),
            Map.entry("cognition", List.of("Working memory well below age expectations; learns best with over-learning.")),
            Map.entry("communication", List.of("Expressive language delayed; benefits from modelling and visual supports.")),
            Map.entry("semh", List.of("Anxiety at transitions; needs warning and a trusted adult.")),
            Map.entry("involvement", List.of("Child in need plan; short breaks twice a month.")),
            Map.entry("attainment", List.of("Working below age-related expectations in reading and maths.")),
            Map.entry("supportSoFar", List.of("Three cycles of SEN support with small-group phonics and a sensory plan.")));

    private static final List<ProvisionLine> PROVISION = List.of(
            new ProvisionLine("Speech and language therapy programme", "Weekly, 30 minutes, for a year", "Speech and language therapist with a trained teaching assistant"),
            new ProvisionLine("Sensory circuit before lessons", "Daily, 15 minutes", "Teaching assistant trained by the occupational therapist"),
            new ProvisionLine("Small-group social communication sessions", "Twice weekly, 20 minutes", "Trained teaching assistant"),
            new ProvisionLine("Review of the health care plan", "Termly", "School nurse with the family"),
            new ProvisionLine("Precision teaching of reading", "Daily, 10 minutes", "Teaching assistant supervised by the SENCo"));

    private DemoAdvice() {
    }

    static WrittenAdvice answers(List<FormQuestion> questions, String author, Random random) {
        Map<String, String> text = new HashMap<>();
        for (FormQuestion q : questions) {
            if (q.key().equals("author")) {
                text.put("author", author);
            } else if (!q.provision() && (q.required() || random.nextBoolean())) {
                List<String> choices = TEXT.getOrDefault(q.key(), TEXT.get("needs"));
                text.put(q.key(), choices.get(random.nextInt(choices.size())));
            }
        }
        int lines = 1 + random.nextInt(3);
        int first = random.nextInt(PROVISION.size());
        List<ProvisionLine> rows = java.util.stream.IntStream.range(0, lines)
                .mapToObj(i -> PROVISION.get((first + i) % PROVISION.size())).toList();
        return new WrittenAdvice(text, Map.of("provision", rows));
    }
}
