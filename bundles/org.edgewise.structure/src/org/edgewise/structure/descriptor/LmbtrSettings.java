package org.edgewise.structure.descriptor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of {@link Lmbtr}: a k = 2 term, a k = 3 term (either may be off), whether the Gaussians have
 * unit area, and the normalisation. A plain object: setters check their value, {@link #copy()} and the
 * getters of terms hand out copies.
 * <p>
 * Each {@link Term} mirrors the three dictionaries of DScribe 2.x's {@code LMBTR(geometry=, grid=,
 * weighting=)} (the current API, in which one instance holds one term); DScribe 1.x's {@code LMBTR(k2=,
 * k3=)} held both, as these settings do. The output of both terms together equals two DScribe 2.x
 * descriptors side by side, k2 first.
 */
public final class LmbtrSettings {

	/** The geometry function, DScribe's {@code geometry={"function": ...}}; it fixes the term's degree k. */
	public enum Geometry {
		/** k = 2: the distance between the centre and a neighbour, in ångström. */
		DISTANCE("distance", 2),
		/** k = 2: the inverse distance, in Å⁻¹. */
		INVERSE_DISTANCE("inverse_distance", 2),
		/** k = 3: an angle of the triangle formed by the centre and two neighbours, in degrees. */
		ANGLE("angle", 3),
		/** k = 3: the cosine of that angle. */
		COSINE("cosine", 3);

		private final String key;
		private final int degree;

		Geometry(String key, int degree) {
			this.key = key;
			this.degree = degree;
		}

		/** @return DScribe's name, e.g. "inverse_distance" */
		public String key() {
			return key;
		}

		/** @return k: 2 for pairs, 3 for triples */
		public int degree() {
			return degree;
		}

		/**
		 * @return the geometry with DScribe's name {@code key}
		 * @throws IllegalArgumentException naming the valid names if there is none
		 */
		public static Geometry fromKey(String key) {
			for (Geometry g : values()) {
				if (g.key.equals(key)) {
					return g;
				}
			}
			throw new IllegalArgumentException("unknown LMBTR geometry function '" + key + "'; use one of "
					+ Arrays.stream(values()).map(Geometry::key).toList());
		}
	}

	/** The weighting function, DScribe's {@code weighting={"function": ...}}. */
	public enum Weighting {
		/** Every pair or triple has weight 1 (DScribe's "unity"). */
		UNITY,
		/**
		 * DScribe's "exp": weight exp(-scale x), x being the distance (k = 2) or the perimeter of the triangle
		 * centre-neighbour-neighbour (k = 3); terms lighter than {@code threshold} are left out, which bounds
		 * the neighbours at -ln(threshold) / scale (k = 2) or half that (k = 3).
		 */
		EXP
	}

	/** The normalisation of the output. */
	public enum Normalization {
		/** None (DScribe's "none"). */
		NONE,
		/**
		 * Each term's block scaled to unit Euclidean length (DScribe 2.x's "l2" applied to each term's
		 * descriptor; DScribe 1.x called this "l2_each"). An all-zero block stays zero.
		 */
		L2
	}

	/**
	 * One term: the geometry function, the grid it is broadened on (DScribe's {@code grid={"min", "max",
	 * "n", "sigma"}}) and the weighting (DScribe's {@code weighting={"function", "scale", "threshold"}}).
	 */
	public static final class Term {

		private Geometry geometry;
		private double min;
		private double max;
		private int n;
		private double sigma;
		private Weighting weighting = Weighting.UNITY;
		private double scale = 1;
		private double threshold = 1e-3;

		/**
		 * A term with unity weighting (DScribe's default when no weighting is given).
		 *
		 * @param geometry the geometry function
		 * @param min      the first grid point
		 * @param max      the last grid point, above {@code min}
		 * @param n        the number of grid points, at least 2
		 * @param sigma    the standard deviation of the Gaussians, positive
		 */
		public Term(Geometry geometry, double min, double max, int n, double sigma) {
			setGeometry(geometry);
			setGrid(min, max, n, sigma);
		}

		/** @return an independent copy */
		public Term copy() {
			Term copy = new Term(geometry, min, max, n, sigma);
			copy.weighting = weighting;
			copy.scale = scale;
			copy.threshold = threshold;
			return copy;
		}

		/** @return the geometry function */
		public Geometry getGeometry() {
			return geometry;
		}

		/** @param geometry the geometry function */
		public void setGeometry(Geometry geometry) {
			this.geometry = Objects.requireNonNull(geometry, "LMBTR geometry");
		}

		/** @return the first grid point */
		public double getMin() {
			return min;
		}

		/** @return the last grid point */
		public double getMax() {
			return max;
		}

		/** @return the number of grid points */
		public int getN() {
			return n;
		}

		/** @return the standard deviation of the Gaussians, in the geometry function's unit */
		public double getSigma() {
			return sigma;
		}

		/**
		 * Sets the grid: {@code n} points from {@code min} to {@code max}, with Gaussians of standard deviation
		 * {@code sigma}. The four are set together because they are checked together.
		 */
		public void setGrid(double min, double max, int n, double sigma) {
			if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
				throw new IllegalArgumentException("LMBTR grid min and max must be finite with min < max, got min " + min
						+ ", max " + max);
			}
			if (n < 2) {
				throw new IllegalArgumentException("LMBTR grid n must be at least 2, got " + n);
			}
			if (!(sigma > 0) || Double.isInfinite(sigma)) {
				throw new IllegalArgumentException("LMBTR grid sigma must be positive and finite, got " + sigma);
			}
			this.min = min;
			this.max = max;
			this.n = n;
			this.sigma = sigma;
		}

		/** @return the weighting function */
		public Weighting getWeighting() {
			return weighting;
		}

		/** @param weighting the weighting function */
		public void setWeighting(Weighting weighting) {
			this.weighting = Objects.requireNonNull(weighting, "LMBTR weighting");
		}

		/** @return s of the exponential weighting exp(-s x), per ångström */
		public double getScale() {
			return scale;
		}

		/** @param scale s of the exponential weighting, positive and finite, per ångström */
		public void setScale(double scale) {
			if (!(scale > 0) || Double.isInfinite(scale)) {
				throw new IllegalArgumentException("LMBTR weighting scale must be positive and finite, got " + scale);
			}
			this.scale = scale;
		}

		/** @return the weight below which terms are left out, for the exponential weighting */
		public double getThreshold() {
			return threshold;
		}

		/** @param threshold the weight below which terms are left out, in (0, 1) */
		public void setThreshold(double threshold) {
			if (!(threshold > 0 && threshold < 1)) {
				throw new IllegalArgumentException("LMBTR weighting threshold must lie in (0, 1), got " + threshold);
			}
			this.threshold = threshold;
		}

		/** Sets the weighting to exp(-scale x) with the given threshold. */
		public void setExponentialWeighting(double scale, double threshold) {
			setScale(scale);
			setThreshold(threshold);
			this.weighting = Weighting.EXP;
		}

		@Override
		public String toString() {
			return "{geometry=" + geometry.key() + ", grid={min=" + min + ", max=" + max + ", n=" + n + ", sigma=" + sigma
					+ "}, weighting=" + (weighting == Weighting.EXP
							? "{exp, scale=" + scale + ", threshold=" + threshold + "}"
							: "{unity}")
					+ "}";
		}
	}

	private Term k2;
	private Term k3;
	private boolean normalizeGaussians = true;
	private Normalization normalization = Normalization.NONE;

	/** Settings without terms (not usable until a term is set), unit-area Gaussians, no normalisation. */
	public LmbtrSettings() {
	}

	/**
	 * @return k2: distance on 100 points from 0 to 6 Å, σ = 0.1 Å; k3: angle on 100 points from 0 to 180
	 *         degrees, σ = 2 degrees; both weighted exp(-0.5 x) with threshold 1e-3 (as DScribe's examples),
	 *         which reaches neighbours up to 13.8 Å for k2 (the grid stops the search at 6.9 Å) and 6.9 Å for
	 *         k3; unit-area Gaussians, no normalisation
	 */
	public static LmbtrSettings defaults() {
		Term k2 = new Term(Geometry.DISTANCE, 0, 6, 100, 0.1);
		k2.setExponentialWeighting(0.5, 1e-3);
		Term k3 = new Term(Geometry.ANGLE, 0, 180, 100, 2);
		k3.setExponentialWeighting(0.5, 1e-3);
		LmbtrSettings settings = new LmbtrSettings();
		settings.setK2(k2);
		settings.setK3(k3);
		return settings;
	}

	/** @return an independent copy */
	public LmbtrSettings copy() {
		LmbtrSettings copy = new LmbtrSettings();
		copy.k2 = k2 == null ? null : k2.copy();
		copy.k3 = k3 == null ? null : k3.copy();
		copy.normalizeGaussians = normalizeGaussians;
		copy.normalization = normalization;
		return copy;
	}

	/** @return a copy of the k = 2 term, or {@code null} when it is off */
	public Term getK2() {
		return k2 == null ? null : k2.copy();
	}

	/**
	 * @param k2 the k = 2 term (a distance or inverse-distance geometry), or {@code null} to turn it off; copied
	 * @throws IllegalArgumentException if its geometry is not of degree 2
	 */
	public void setK2(Term k2) {
		this.k2 = checked(k2, 2);
	}

	/** @return a copy of the k = 3 term, or {@code null} when it is off */
	public Term getK3() {
		return k3 == null ? null : k3.copy();
	}

	/**
	 * @param k3 the k = 3 term (an angle or cosine geometry), or {@code null} to turn it off; copied
	 * @throws IllegalArgumentException if its geometry is not of degree 3
	 */
	public void setK3(Term k3) {
		this.k3 = checked(k3, 3);
	}

	/** @return whether each Gaussian has unit area (true, DScribe's default) rather than unit height */
	public boolean isNormalizeGaussians() {
		return normalizeGaussians;
	}

	/** @param normalizeGaussians whether each Gaussian has unit area (else unit height) */
	public void setNormalizeGaussians(boolean normalizeGaussians) {
		this.normalizeGaussians = normalizeGaussians;
	}

	/** @return the normalisation of the output */
	public Normalization getNormalization() {
		return normalization;
	}

	/** @param normalization the normalisation of the output */
	public void setNormalization(Normalization normalization) {
		this.normalization = Objects.requireNonNull(normalization, "LMBTR normalization");
	}

	@Override
	public String toString() {
		return "LMBTR[k2=" + k2 + ", k3=" + k3 + ", normalize_gaussians=" + normalizeGaussians + ", normalization="
				+ normalization.name().toLowerCase(Locale.ROOT) + "]";
	}

	private static Term checked(Term term, int degree) {
		if (term == null) {
			return null;
		}
		if (term.getGeometry().degree() != degree) {
			throw new IllegalArgumentException("the LMBTR k" + degree + " term needs a geometry of degree " + degree
					+ ", got " + term.getGeometry().key());
		}
		return term.copy();
	}
}
