package org.corroborate.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.corroborate.figure.FigureRow;
import org.jspecify.annotations.Nullable;

/**
 * The single number that best stands for a figure: the stated number for "260", "environ 260", "près de 80";
 * the middle of a range; the one stated bound for "plus de 370 000" or "jusqu'à 60 000" (a reader quoting the
 * figure quotes that number).
 */
final class BestValue {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private BestValue() {
    }

    static @Nullable BigDecimal of(FigureRow f) {
        if (f.low() != null && f.high() != null) {
            return f.low().add(f.high()).divide(TWO, Math.max(f.low().scale(), f.high().scale()) + 1,
                    RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        return f.low() != null ? f.low() : f.high();
    }
}
