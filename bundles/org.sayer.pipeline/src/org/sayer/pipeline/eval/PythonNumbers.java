package org.sayer.pipeline.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's float rounding and printing, so that figures match score.py to the last digit:
 * {@code round(x, n)} and {@code format(x, ".nf")} round the exact binary value half to even
 * (Java's {@code %.2f} rounds half up), and {@code repr(x)} switches to exponent notation at
 * other bounds than {@link Double#toString}.
 */
final class PythonNumbers {

    private PythonNumbers() {
    }

    static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code format(x, ".{digits}f")}. */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code repr(x)}: the shortest digits that read back as {@code x}, plain between 1e-4 and 1e16. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-tripping digits (JDK 19+); only the layout differs.
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = x < 0 ? "-" : "";
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
