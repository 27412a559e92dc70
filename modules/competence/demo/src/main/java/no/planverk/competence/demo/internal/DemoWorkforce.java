package no.planverk.competence.demo.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.planverk.competence.api.Category;

/**
 * The demo register as a CSV file in the import's format, one row per person, for 2022-2025. Deterministic:
 * {@code new Random(SEED)} drives every draw, so every start builds the same file. The rules:
 * <ul>
 * <li>2022: people are added to each unit until its FTE reaches the profile's; category by the unit's mix; age by
 * band (20-29 12 %, 30-39 17 %, 40-49 20 %, 50-54 13 %, 55-59 17 %, 60-64 15 %, 65-69 6 %: 38 % are 55 or over;
 * seed 004 says many in Alver's sector are); full time by {@link UnitProfile#fullTime}, else 40-90 %; temporary 25 % of assistants,
 * 8 % of the rest; a quarter of nurses and some others with further education.</li>
 * <li>Each later year: everyone is a year older; from 62 a person retires with chance 25 % a year, at 70 always;
 * 7 % of those under 55 and 2 % of the older leave for other reasons; each leaver is replaced in the same unit and
 * category by someone aged 22-50; 1.5 % of
 * part-timers move to full time, and new hires get full time 10 points more often (Alver's full-time project).</li>
 * </ul>
 */
final class DemoWorkforce {

    /** The seed: Alver's KDP HSO year, 2022, and a one. */
    static final long SEED = 20221L;
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2025;

    static final List<UnitProfile> UNITS = List.of(
            new UnitProfile("ALV-HO-HEIM", 405, mix(Category.SJUKEPLEIAR, 28, Category.SPESIALSJUKEPLEIAR, 4, Category.HELSEFAGARBEIDAR, 38,
                    Category.ASSISTENT, 18, Category.VERNEPLEIAR, 4, Category.ERGOTERAPEUT, 2, Category.FYSIOTERAPEUT, 2, Category.ANNA, 4)),
            new UnitProfile("ALV-HO-INST", 540, mix(Category.SJUKEPLEIAR, 25, Category.SPESIALSJUKEPLEIAR, 3, Category.HELSEFAGARBEIDAR, 42,
                    Category.ASSISTENT, 22, Category.LEGE, 1.5, Category.FYSIOTERAPEUT, 1.5, Category.ANNA, 5)),
            new UnitProfile("ALV-HO-TILD", 22, mix(Category.SOSIONOM, 30, Category.SJUKEPLEIAR, 40, Category.ERGOTERAPEUT, 15, Category.ANNA, 15)),
            new UnitProfile("BRG-UH", 120, mix(Category.VERNEPLEIAR, 16, Category.MILJOTERAPEUT, 8, Category.HELSEFAGARBEIDAR, 30,
                    Category.ASSISTENT, 41, Category.SJUKEPLEIAR, 5)));

    private static final int[][] AGE_BANDS = {{20, 29, 12}, {30, 39, 17}, {40, 49, 20}, {50, 54, 13}, {55, 59, 17}, {60, 64, 15}, {65, 69, 6}};
    private static final int[] PART_TIME = {40, 50, 60, 67, 75, 80, 90};

    private static final class Person {
        final String unit;
        final Category category;
        int age;
        int percent;
        final boolean temporary;
        final String education;

        Person(String unit, Category category, int age, int percent, boolean temporary, String education) {
            this.unit = unit;
            this.category = category;
            this.age = age;
            this.percent = percent;
            this.temporary = temporary;
            this.education = education;
        }
    }

    private final Random random = new Random(SEED);

    private DemoWorkforce() {
    }

    /**
     * The CSV file (UTF-8, comma, header row) with the rows of the units whose code starts with one of these prefixes
     * ("ALV-", "BRG-"). The whole demo is simulated every time, so a municipality's rows do not depend on the others.
     */
    static byte[] csv(List<String> unitPrefixes) {
        return new DemoWorkforce().build(unitPrefixes).getBytes(StandardCharsets.UTF_8);
    }

    private String build(List<String> unitPrefixes) {
        StringBuilder out = new StringBuilder("unit,year,category,percent,age,temporary,further_education\n");
        List<Person> staff = new ArrayList<>();
        for (UnitProfile u : UNITS) {
            double fte = 0;
            while (fte < u.fte()) {
                Person p = person(u.code(), pick(u.mix()), age(), 0);
                staff.add(p);
                fte += p.percent / 100.0;
            }
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (year > FIRST_YEAR) {
                nextYear(staff);
            }
            for (Person p : staff) {
                if (unitPrefixes.stream().noneMatch(p.unit::startsWith)) {
                    continue;
                }
                out.append(p.unit).append(',').append(year).append(',').append(p.category.id()).append(',').append(p.percent).append(',')
                        .append(p.age).append(',').append(p.temporary ? "ja" : "nei").append(',')
                        .append(p.education == null ? "" : p.education).append('\n');
            }
        }
        return out.toString();
    }

    private void nextYear(List<Person> staff) {
        List<Person> hires = new ArrayList<>();
        for (Iterator<Person> it = staff.iterator(); it.hasNext(); ) {
            Person p = it.next();
            p.age++;
            boolean retires = p.age >= 70 || p.age >= 62 && random.nextDouble() < 0.25;
            if (retires || random.nextDouble() < (p.age >= 55 ? 0.02 : 0.07)) {
                it.remove();
                hires.add(person(p.unit, p.category, 22 + random.nextInt(29), 0.10));
            } else if (p.percent < 100 && random.nextDouble() < 0.015) {
                p.percent = 100;
            }
        }
        staff.addAll(hires);
    }

    private Person person(String unit, Category c, int age, double fullTimeBonus) {
        boolean full = random.nextDouble() < Math.min(1, UnitProfile.fullTime(c) + fullTimeBonus);
        int percent = full ? 100 : PART_TIME[random.nextInt(PART_TIME.length)];
        boolean temporary = random.nextDouble() < (c == Category.ASSISTENT ? 0.25 : 0.08);
        String[] edu = UnitProfile.educations(c);
        double eduChance = c == Category.SJUKEPLEIAR || c == Category.SPESIALSJUKEPLEIAR ? 0.25 : 0.15;
        String education = edu.length > 0 && random.nextDouble() < eduChance ? edu[random.nextInt(edu.length)] : null;
        return new Person(unit, c, age, percent, temporary, education);
    }

    private int age() {
        int r = random.nextInt(100);
        for (int[] band : AGE_BANDS) {
            if (r < band[2]) {
                return band[0] + random.nextInt(band[1] - band[0] + 1);
            }
            r -= band[2];
        }
        throw new IllegalStateException("age bands do not add up to 100");
    }

    private Category pick(Map<Category, Double> mix) {
        double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        double r = random.nextDouble() * total;
        for (Map.Entry<Category, Double> e : mix.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return mix.keySet().iterator().next();
    }

    /** Category, weight, category, weight, ... in a fixed order. */
    private static Map<Category, Double> mix(Object... pairs) {
        Map<Category, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((Category) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return out;
    }
}
