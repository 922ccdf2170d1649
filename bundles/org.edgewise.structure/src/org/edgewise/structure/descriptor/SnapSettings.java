package org.edgewise.structure.descriptor;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of the {@link Snap} bispectrum, named and defaulted as the keywords of LAMMPS
 * {@code compute sna/atom rcutfac rfac0 twojmax R_1 R_2 ... w_1 w_2 ... rmin0 switchflag bzeroflag
 * quadraticflag}.
 * <p>
 * A neighbour of element b counts for a centre of element a when it lies closer than
 * {@code rcutfac (R_a + R_b)}; it enters the density with the weight {@code w_b}, times the switching
 * function when {@code switching} is on. Elements without their own radius or weight take
 * {@code defaultRadius} and {@code defaultWeight}. The defaults ({@link #defaults()}) give every pair a
 * 6 Å cutoff (rcutfac 6, radius 0.5), weight 1, 2J = 6 (30 components), rfac0 0.99363, rmin0 0, and
 * switching and the isolated-atom subtraction on, quadratic terms off, as LAMMPS.
 *
 * @param rcutfac          the scale factor of the cutoff radii, positive
 * @param rfac0            the fraction of π that the cutoff maps to on the 3-sphere, in (0, 1]
 * @param rmin0            the distance that maps to the pole of the 3-sphere, in ångström, at least 0 and
 *                         below every pair cutoff
 * @param twoJMax          2J, the band limit doubled: the largest 2j of the components, 0 to 24
 * @param defaultRadius    R of elements missing from {@code radii}, in ångström, positive
 * @param defaultWeight    w of elements missing from {@code weights}
 * @param radii            R per element symbol, in ångström, positive; copied
 * @param weights          w per element symbol; copied
 * @param switching        LAMMPS switchflag: scale each neighbour by f_c(r) = (cos(π (r - rmin0) / (R_ab - rmin0))
 *                         + 1) / 2, so that it fades out at the cutoff
 * @param subtractIsolated LAMMPS bzeroflag: subtract the components of an atom without neighbours, so that
 *                         such an atom gives zeros
 * @param quadratic        LAMMPS quadraticflag: append the products of pairs of linear components
 */
public record SnapSettings(double rcutfac, double rfac0, double rmin0, int twoJMax, double defaultRadius,
		double defaultWeight, Map<String, Double> radii, Map<String, Double> weights, boolean switching,
		boolean subtractIsolated, boolean quadratic) {

	/** The largest 2J accepted: the cost grows as 2J^5 and the Clebsch-Gordan sums lose digits beyond. */
	public static final int MAX_TWO_J = 24;

	/** Checks every value and keeps sorted, unmodifiable copies of the maps. */
	public SnapSettings {
		positive("rcutfac", rcutfac);
		if (!(rfac0 > 0 && rfac0 <= 1)) {
			throw new IllegalArgumentException("SNAP rfac0 must lie in (0, 1], got " + rfac0);
		}
		if (!(rmin0 >= 0) || Double.isInfinite(rmin0)) {
			throw new IllegalArgumentException("SNAP rmin0 must be a finite distance of at least 0 Å, got " + rmin0);
		}
		if (twoJMax < 0 || twoJMax > MAX_TWO_J) {
			throw new IllegalArgumentException("SNAP twojmax must lie in 0 ... " + MAX_TWO_J + ", got " + twoJMax);
		}
		positive("default radius", defaultRadius);
		finite("default weight", defaultWeight);
		radii = copy(radii, "radius");
		weights = copy(weights, "weight");
		radii.forEach((element, radius) -> positive("radius of " + element, radius));
		weights.forEach((element, weight) -> finite("weight of " + element, weight));
	}

	/** @return rcutfac 6, rfac0 0.99363, rmin0 0, 2J = 6, radius 0.5 and weight 1 for all, switching and
	 *         the isolated-atom subtraction on, no quadratic terms: a 6 Å cutoff and 30 components */
	public static SnapSettings defaults() {
		return new SnapSettings(6.0, 0.99363, 0.0, 6, 0.5, 1.0, Map.of(), Map.of(), true, true, false);
	}

	/** @return these settings with another 2J */
	public SnapSettings withTwoJMax(int value) {
		return new SnapSettings(rcutfac, rfac0, rmin0, value, defaultRadius, defaultWeight, radii, weights, switching,
				subtractIsolated, quadratic);
	}

	/** @return these settings with another rcutfac */
	public SnapSettings withRcutfac(double value) {
		return new SnapSettings(value, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight, radii, weights, switching,
				subtractIsolated, quadratic);
	}

	/** @return these settings with another rfac0 */
	public SnapSettings withRfac0(double value) {
		return new SnapSettings(rcutfac, value, rmin0, twoJMax, defaultRadius, defaultWeight, radii, weights, switching,
				subtractIsolated, quadratic);
	}

	/** @return these settings with another rmin0 */
	public SnapSettings withRmin0(double value) {
		return new SnapSettings(rcutfac, rfac0, value, twoJMax, defaultRadius, defaultWeight, radii, weights, switching,
				subtractIsolated, quadratic);
	}

	/** @return these settings with the radius of {@code element} set */
	public SnapSettings withRadius(String element, double radius) {
		return new SnapSettings(rcutfac, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight,
				put(radii, element, radius), weights, switching, subtractIsolated, quadratic);
	}

	/** @return these settings with the weight of {@code element} set */
	public SnapSettings withWeight(String element, double weight) {
		return new SnapSettings(rcutfac, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight, radii,
				put(weights, element, weight), switching, subtractIsolated, quadratic);
	}

	/** @return these settings with the switching function on or off */
	public SnapSettings withSwitching(boolean value) {
		return new SnapSettings(rcutfac, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight, radii, weights, value,
				subtractIsolated, quadratic);
	}

	/** @return these settings with the isolated-atom subtraction on or off */
	public SnapSettings withSubtractIsolated(boolean value) {
		return new SnapSettings(rcutfac, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight, radii, weights, switching,
				value, quadratic);
	}

	/** @return these settings with the quadratic terms on or off */
	public SnapSettings withQuadratic(boolean value) {
		return new SnapSettings(rcutfac, rfac0, rmin0, twoJMax, defaultRadius, defaultWeight, radii, weights, switching,
				subtractIsolated, value);
	}

	/** @return R of {@code element} in ångström */
	public double radius(String element) {
		return radii.getOrDefault(element, defaultRadius);
	}

	/** @return w of {@code element} */
	public double weight(String element) {
		return weights.getOrDefault(element, defaultWeight);
	}

	/** @return the cutoff between a centre of element {@code a} and a neighbour of element {@code b}, in ångström */
	public double cutoff(String a, String b) {
		return rcutfac * (radius(a) + radius(b));
	}

	/**
	 * @return the number of bispectrum components K for this 2J: m (m + 1) (2m + 1) / 6 with m = J + 1 for an
	 *         integer J, (m + 1) (m + 2) m / 3 with m = J + 1/2 otherwise (5, 14, 30, 55 for 2J = 2, 4, 6, 8)
	 */
	public int linearLength() {
		return Bispectrum.triples(twoJMax).length;
	}

	/** @return the vector length: K, plus K (K + 1) / 2 products when {@link #quadratic()} */
	public int length() {
		int k = linearLength();
		return quadratic ? k + k * (k + 1) / 2 : k;
	}

	private static void positive(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("SNAP " + name + " must be positive and finite, got " + value);
		}
	}

	private static void finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("SNAP " + name + " must be finite, got " + value);
		}
	}

	private static Map<String, Double> copy(Map<String, Double> map, String what) {
		Objects.requireNonNull(map, () -> "SNAP " + what + " map");
		TreeMap<String, Double> copy = new TreeMap<>();
		map.forEach((element, value) -> copy.put(Objects.requireNonNull(element, () -> "element of a SNAP " + what),
				Objects.requireNonNull(value, () -> "SNAP " + what + " of " + element)));
		return Collections.unmodifiableSortedMap(copy);
	}

	private static Map<String, Double> put(Map<String, Double> map, String element, double value) {
		TreeMap<String, Double> copy = new TreeMap<>(map);
		copy.put(Objects.requireNonNull(element, "element"), value);
		return copy;
	}
}
