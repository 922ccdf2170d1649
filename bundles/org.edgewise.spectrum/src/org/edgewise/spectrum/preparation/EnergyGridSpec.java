package org.edgewise.spectrum.preparation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A target energy grid in eV, given by its start and two of stop, step and point count, and either absolute
 * or relative to the absorption edge of each spectrum. Immutable.
 * <ul>
 * <li>Start, stop, step ({@link #byStep}): start, start + step, start + 2 step, ... up to but excluding stop,
 * as numpy's {@code arange} counts them, so -1 to 15 eV in 0.1 eV steps is Kiyohara's 160 points. A point
 * closer than 1e-9 steps to stop counts as stop and is left out, so rounding never adds or drops one.</li>
 * <li>Start, step, points ({@link #byStepAndPoints}): that many points from start in that step.</li>
 * <li>Start, stop, points ({@link #byPoints}): that many points from start to stop, both included, as
 * numpy's {@code linspace}.</li>
 * </ul>
 * Energies are computed as start + i step, never by accumulation, so the grid is the same on every run.
 */
public final class EnergyGridSpec {

	/** The names this grid uses in a step's parameters. */
	static final String START = "start";
	static final String STOP = "stop";
	static final String STEP = "step";
	static final String POINTS = "points";
	static final String RELATIVE = "relative";
	static final Set<String> PARAMETERS = Set.of(START, STOP, STEP, POINTS, RELATIVE);

	private final double start;
	/** NaN when the grid was given by start, step and points */
	private final double stop;
	/** NaN when the grid was given by start, stop and points */
	private final double step;
	private final int points;
	private final boolean relative;

	private EnergyGridSpec(double start, double stop, double step, int points, boolean relative) {
		this.start = start;
		this.stop = stop;
		this.step = step;
		this.points = points;
		this.relative = relative;
	}

	/**
	 * @param start the first energy in eV
	 * @param stop  the end in eV, excluded
	 * @param step  the spacing in eV, positive
	 * @return an absolute grid
	 * @throws IllegalArgumentException if start is not below stop or the step is not finite and positive
	 */
	public static EnergyGridSpec byStep(double start, double stop, double step) {
		requireRange(start, stop);
		requireStep(step);
		double count = Math.ceil((stop - start) / step - 1e-9);
		return new EnergyGridSpec(start, stop, step, (int) Math.max(1, count), false);
	}

	/**
	 * @param start  the first energy in eV
	 * @param step   the spacing in eV, positive
	 * @param points the number of points, at least 2
	 * @return an absolute grid
	 * @throws IllegalArgumentException if a value is not finite, the step not positive or the count below 2
	 */
	public static EnergyGridSpec byStepAndPoints(double start, double step, int points) {
		if (!Double.isFinite(start)) {
			throw new IllegalArgumentException("an energy grid needs a finite start, got " + start + " eV");
		}
		requireStep(step);
		requirePoints(points);
		return new EnergyGridSpec(start, Double.NaN, step, points, false);
	}

	/**
	 * @param start  the first energy in eV
	 * @param stop   the last energy in eV, included
	 * @param points the number of points, at least 2
	 * @return an absolute grid
	 * @throws IllegalArgumentException if start is not below stop or there are fewer than 2 points
	 */
	public static EnergyGridSpec byPoints(double start, double stop, int points) {
		requireRange(start, stop);
		requirePoints(points);
		return new EnergyGridSpec(start, stop, Double.NaN, points, false);
	}

	private static void requireRange(double start, double stop) {
		if (!Double.isFinite(start) || !Double.isFinite(stop) || !(stop > start)) {
			throw new IllegalArgumentException("an energy grid needs a finite start below a finite stop, got start "
					+ start + " eV, stop " + stop + " eV");
		}
	}

	private static void requireStep(double step) {
		if (!(step > 0) || !Double.isFinite(step)) {
			throw new IllegalArgumentException("the grid step must be finite and positive, got " + step + " eV");
		}
	}

	private static void requirePoints(int points) {
		if (points < 2) {
			throw new IllegalArgumentException("an energy grid needs at least 2 points, got " + points);
		}
	}

	/**
	 * @return the same grid, read as energies relative to each spectrum's edge energy E0 (the resampled
	 *         spectrum then carries these relative energies as its axis)
	 */
	public EnergyGridSpec relativeToEdge() {
		return new EnergyGridSpec(start, stop, step, points, true);
	}

	/** @return the grid energies in eV (relative to E0 when {@link #isRelative()}) */
	public double[] energies() {
		double spacing = Double.isNaN(step) ? (stop - start) / (points - 1) : step;
		double[] energies = new double[points];
		for (int i = 0; i < points; i++) {
			energies[i] = start + i * spacing;
		}
		if (Double.isNaN(step)) {
			energies[points - 1] = stop;
		}
		return energies;
	}

	/** @return whether the energies are relative to each spectrum's edge energy E0 */
	public boolean isRelative() {
		return relative;
	}

	public double start() {
		return start;
	}

	/** @return the stop in eV, or NaN for a grid given by start, step and points */
	public double stop() {
		return stop;
	}

	/** @return the step in eV, or NaN for a grid given by start, stop and points */
	public double step() {
		return step;
	}

	/** @return the number of points */
	public int points() {
		return points;
	}

	/** @return start and the two of stop, step and points that define the grid, and relative */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put(START, start);
		if (!Double.isNaN(stop)) {
			parameters.put(STOP, stop);
		}
		if (!Double.isNaN(step)) {
			parameters.put(STEP, step);
		}
		if (Double.isNaN(stop) || Double.isNaN(step)) {
			parameters.put(POINTS, points);
		}
		parameters.put(RELATIVE, relative);
		return parameters;
	}

	/**
	 * @return the grid from start, exactly two of stop, step and points, and relative (false when missing)
	 * @throws IllegalArgumentException naming the step kind if not exactly two of stop, step and points are
	 *                                  given, or a value is bad
	 */
	static EnergyGridSpec fromParameters(StepParameters read, String kind) {
		int given = (read.has(STOP) ? 1 : 0) + (read.has(STEP) ? 1 : 0) + (read.has(POINTS) ? 1 : 0);
		if (given != 2 || !read.has(START)) {
			throw new IllegalArgumentException("step '" + kind + "': a grid needs '" + START + "' and exactly two of '"
					+ STOP + "', '" + STEP + "' and '" + POINTS + "'");
		}
		double start = read.numberOrNaN(START);
		EnergyGridSpec grid;
		if (!read.has(POINTS)) {
			grid = byStep(start, read.numberOrNaN(STOP), read.numberOrNaN(STEP));
		} else if (read.has(STEP)) {
			grid = byStepAndPoints(start, read.numberOrNaN(STEP), read.integerOr(POINTS, 0));
		} else {
			grid = byPoints(start, read.numberOrNaN(STOP), read.integerOr(POINTS, 0));
		}
		return read.has(RELATIVE) && read.flag(RELATIVE) ? grid.relativeToEdge() : grid;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EnergyGridSpec grid && Double.compare(start, grid.start) == 0
				&& Double.compare(stop, grid.stop) == 0 && Double.compare(step, grid.step) == 0
				&& points == grid.points && relative == grid.relative;
	}

	@Override
	public int hashCode() {
		return Objects.hash(start, stop, step, points, relative);
	}

	@Override
	public String toString() {
		double[] energies = energies();
		return "EnergyGridSpec[" + energies[0] + " .. " + energies[points - 1] + " eV, " + points + " points"
				+ (relative ? ", relative to E0" : "") + "]";
	}
}
