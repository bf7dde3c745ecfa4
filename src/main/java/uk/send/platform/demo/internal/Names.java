package uk.send.platform.demo.internal;

import java.util.List;
import java.util.Random;

/** Fictional names for synthetic children and families; combinations are random, so no real person is described. */
final class Names {

    private static final List<String> GIRLS = List.of("Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence",
            "Poppy", "Willow", "Evie", "Rosie", "Sophia", "Elsie", "Grace", "Daisy", "Harper", "Esme", "Phoebe", "Ruby",
            "Maya", "Aria", "Millie", "Orla", "Matilda", "Ella", "Emily", "Hallie", "Bonnie", "Zara", "Amira", "Nell",
            "Edie", "Layla", "Hannah", "Niamh", "Imogen", "Lottie", "Maisie", "Thea");
    private static final List<String> BOYS = List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry",
            "Archie", "Jack", "Henry", "Charlie", "Freddie", "Theodore", "Alfie", "Jacob", "Thomas", "Finley", "Arlo",
            "Teddy", "Isaac", "Reggie", "Tommy", "Albie", "Ronnie", "Rory", "Ezra", "Jude", "Louie", "Max", "Toby",
            "Elijah", "Hugo", "Sonny", "Ollie", "Frankie", "Ethan", "Dylan", "Mason", "Kai", "Logan");
    private static final List<String> FAMILY = List.of("Ashdown", "Barrow", "Blackmore", "Brent", "Burrow", "Cadbury",
            "Chard", "Coombe", "Creech", "Culm", "Dunster", "Exford", "Farley", "Glaston", "Hambridge", "Hatch", "Huish",
            "Ilford", "Kingdon", "Langport", "Lydeard", "Martock", "Merriott", "Milverton", "Nettlecombe", "Norton",
            "Othery", "Pawlett", "Porlock", "Quantock", "Radstock", "Ruishton", "Selworthy", "Shapwick", "Stawell",
            "Stogursey", "Tatworth", "Thorne", "Trull", "Upton", "Walford", "Wedmore", "Wembdon", "Westonzoy",
            "Whitelackington", "Winsham", "Wiveliscombe", "Yarlington", "Ahmed", "Begum", "Chen", "Kowalski",
            "Nowak", "Okafor", "Mensah", "Singh", "Patel", "Murphy", "O'Brien", "Smith", "Jones", "Taylor", "Brown",
            "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Wood");

    private Names() {
    }

    static String given(Random random, String sex) {
        List<String> names = "F".equals(sex) ? GIRLS : BOYS;
        return names.get(random.nextInt(names.size()));
    }

    static String family(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }

    static String adult(Random random) {
        return (random.nextBoolean() ? GIRLS : BOYS).get(random.nextInt(40)) + " ";
    }
}
