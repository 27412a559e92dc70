package no.planverk.volunteers.api;

/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11 check digit with the
 * weights 3, 2, 7, 6, 5, 4, 3, 2 (a remainder of 1 gives no valid number).
 */
public final class OrgNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrgNumber() {
    }

    /** The digits without spaces, e.g. "971 278 374" gives "971278374". */
    public static String normalize(String text) {
        return text == null ? null : text.replace(" ", "").replace("\u00a0", "").strip();
    }

    public static boolean valid(String text) {
        String n = normalize(text);
        if (n == null || !n.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (n.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == n.charAt(8) - '0';
    }
}
