package org.edgewise.spectrum.preparation;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings of an {@link EnergyWindow}: either a fixed window [from, to] in eV (either end may be open), or the
 * pre-edge only: every energy below E0 + offset, with E0 given or found per spectrum. Plain mutable bean;
 * {@link EnergyWindow} copies it. NaN means "open" for from/to and "find it" for E0.
 */
public final class EnergyWindowSettings {

	/** Which points the window keeps. */
	public enum Mode {
		/** energies in [from, to] */
		RANGE,
		/** energies below E0 + offset (the pre-edge ablation of Carbone et al.) */
		PRE_EDGE;

		/** @return the name in recipe files: "range" or "pre_edge" */
		public String parameterName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private Mode mode = Mode.RANGE;
	private double from = Double.NaN;
	private double to = Double.NaN;
	private double e0 = Double.NaN;
	private double offset;

	/** @return an open range window (keeps everything) */
	public static EnergyWindowSettings defaults() {
		return new EnergyWindowSettings();
	}

	/** @return a window keeping [from, to] eV */
	public static EnergyWindowSettings range(double from, double to) {
		EnergyWindowSettings settings = new EnergyWindowSettings();
		settings.setFrom(from);
		settings.setTo(to);
		return settings;
	}

	/** @return a window keeping the energies below E0 + offset, E0 found per spectrum */
	public static EnergyWindowSettings preEdge(double offset) {
		EnergyWindowSettings settings = new EnergyWindowSettings();
		settings.setMode(Mode.PRE_EDGE);
		settings.setOffset(offset);
		return settings;
	}

	/** @return an independent copy */
	public EnergyWindowSettings copy() {
		EnergyWindowSettings copy = new EnergyWindowSettings();
		copy.mode = mode;
		copy.from = from;
		copy.to = to;
		copy.e0 = e0;
		copy.offset = offset;
		return copy;
	}

	public Mode getMode() {
		return mode;
	}

	public void setMode(Mode mode) {
		this.mode = Objects.requireNonNull(mode, "mode");
	}

	/** @return the lowest energy kept in RANGE mode, eV; NaN: no lower limit */
	public double getFrom() {
		return from;
	}

	public void setFrom(double from) {
		this.from = notInfinite("from", from);
	}

	/** @return the highest energy kept in RANGE mode, eV; NaN: no upper limit */
	public double getTo() {
		return to;
	}

	public void setTo(double to) {
		this.to = notInfinite("to", to);
	}

	/** @return E0 in eV for PRE_EDGE mode; NaN: found per spectrum as Larch finds it */
	public double getE0() {
		return e0;
	}

	public void setE0(double e0) {
		this.e0 = notInfinite("e0", e0);
	}

	/** @return the cut above E0 in PRE_EDGE mode, eV (negative: below E0) */
	public double getOffset() {
		return offset;
	}

	public void setOffset(double offset) {
		if (!Double.isFinite(offset)) {
			throw new IllegalArgumentException("offset must be finite, got " + offset);
		}
		this.offset = offset;
	}

	private static double notInfinite(String name, double value) {
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite or NaN (open/automatic), got " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		return mode == Mode.RANGE ? "range [" + from + ", " + to + "] eV"
				: "pre-edge below E0 " + (Double.isNaN(e0) ? "(found)" : e0 + " eV") + " + " + offset + " eV";
	}
}
