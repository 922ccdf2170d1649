package org.edgewise.spectrum.preparation;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings of {@link Resampling}: the target grid, the interpolation method and what happens where the grid
 * reaches beyond the data. A plain mutable bean; {@link #defaults()} gives the Kiyohara grid (-1 to 15 eV in
 * 0.1 eV steps) with a cubic spline and zero fill.
 */
public final class ResamplingSettings {

	/** How values between the data points are computed. */
	public enum Method {
		/** straight lines between neighbouring points */
		LINEAR,
		/** the natural cubic spline through all points (second derivative zero at both ends) */
		CUBIC;

		/** @return the name in recipe files: "linear" or "cubic" */
		public String parameterName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** What a grid point beyond the first or last data energy gets. */
	public enum Outside {
		/** the value 0, as zero padding of a spectrum that has no intensity there */
		ZERO,
		/** nothing: the step fails with a {@code PreparationException} naming the spectrum and the energies */
		REFUSE;

		/** @return the name in recipe files: "zero" or "refuse" */
		public String parameterName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private EnergyGridSpec grid = EnergyGridSpec.byStep(-1, 15, 0.1);
	private Method method = Method.CUBIC;
	private Outside outside = Outside.ZERO;

	/** @return new settings: the Kiyohara grid, cubic spline, zero fill */
	public static ResamplingSettings defaults() {
		return new ResamplingSettings();
	}

	/** @return a new settings object with the same values */
	public ResamplingSettings copy() {
		ResamplingSettings copy = new ResamplingSettings();
		copy.grid = grid;
		copy.method = method;
		copy.outside = outside;
		return copy;
	}

	public EnergyGridSpec getGrid() {
		return grid;
	}

	public void setGrid(EnergyGridSpec grid) {
		this.grid = Objects.requireNonNull(grid, "grid");
	}

	public Method getMethod() {
		return method;
	}

	public void setMethod(Method method) {
		this.method = Objects.requireNonNull(method, "method");
	}

	public Outside getOutside() {
		return outside;
	}

	public void setOutside(Outside outside) {
		this.outside = Objects.requireNonNull(outside, "outside");
	}

	@Override
	public String toString() {
		return grid + ", " + method.parameterName() + ", outside: " + outside.parameterName();
	}
}
