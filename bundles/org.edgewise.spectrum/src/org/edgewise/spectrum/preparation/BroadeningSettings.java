package org.edgewise.spectrum.preparation;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings of {@link Broadening}: the line shape and its width in eV. A plain mutable bean; {@link #defaults()}
 * is Kiyohara's Gaussian with sigma 0.5 eV.
 */
public final class BroadeningSettings {

	/** The line shape convolved with the spectrum. */
	public enum Shape {
		/** exp(-x<sup>2</sup> / 2 sigma<sup>2</sup>); the width is the standard deviation sigma */
		GAUSSIAN("sigma"),
		/** gamma / (x<sup>2</sup> + gamma<sup>2</sup>); the width is the half width at half maximum gamma */
		LORENTZIAN("gamma");

		private final String widthName;

		Shape(String widthName) {
			this.widthName = widthName;
		}

		/** @return the name in recipe files: "gaussian" or "lorentzian" */
		public String parameterName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** @return the name of the width parameter in recipe files: "sigma" or "gamma" */
		public String widthName() {
			return widthName;
		}
	}

	private Shape shape = Shape.GAUSSIAN;
	private double width = 0.5;

	/** @return new settings: Gaussian, sigma 0.5 eV */
	public static BroadeningSettings defaults() {
		return new BroadeningSettings();
	}

	/** @return a new settings object with the same values */
	public BroadeningSettings copy() {
		BroadeningSettings copy = new BroadeningSettings();
		copy.shape = shape;
		copy.width = width;
		return copy;
	}

	public Shape getShape() {
		return shape;
	}

	public void setShape(Shape shape) {
		this.shape = Objects.requireNonNull(shape, "shape");
	}

	/** @return sigma (Gaussian) or gamma (Lorentzian) in eV */
	public double getWidth() {
		return width;
	}

	/**
	 * @param width sigma (Gaussian) or gamma (Lorentzian) in eV, finite and positive
	 * @throws IllegalArgumentException otherwise
	 */
	public void setWidth(double width) {
		if (!(width > 0) || !Double.isFinite(width)) {
			throw new IllegalArgumentException("the broadening width must be finite and positive, got " + width
					+ " eV");
		}
		this.width = width;
	}

	@Override
	public String toString() {
		return shape.parameterName() + ", " + shape.widthName() + " " + width + " eV";
	}
}
