package org.edgewise.spectrum;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Energies as messages print them: rounded to 0.1 meV, without trailing zeros, so that an E0 of
 * 6926.999999999999 eV (a grid point reached by summing steps) reads "6927 eV".
 */
public final class EnergyFormat {

	private EnergyFormat() {
	}

	/**
	 * @param energy in eV
	 * @return e.g. "6927 eV", "8979.35 eV", "-0.5 eV"; "NaN eV" or "Infinity eV" for a value that is not finite
	 */
	public static String eV(double energy) {
		if (!Double.isFinite(energy)) {
			return energy + " eV";
		}
		BigDecimal rounded = BigDecimal.valueOf(energy).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return (rounded.signum() == 0 ? "0" : rounded.toPlainString()) + " eV";
	}
}
