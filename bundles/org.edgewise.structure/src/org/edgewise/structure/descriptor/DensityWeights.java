package org.edgewise.structure.descriptor;

/**
 * The weight of each atom's Gaussian in SOAP's neighbour density, by the atom's distance r from the centre:
 * DScribe's weighting function ({@link SoapSettings.Weighting}; 1 without one), with w0 for atoms on top of
 * the centre when set, times a fade-out over the last σ / 10 before the cutoff.
 * <p>
 * DScribe drops atoms sharply at the cutoff r_cut + σ √(-2 ln 0.001), where their Gaussians have decayed to
 * 0.001 but still leave a small jump in the power spectrum (up to about 3e-4 of its largest values for the
 * default settings). The fade, a cubic smoothstep from 1 to 0, makes the vector continuous in the positions;
 * values differ from DScribe's only while an atom lies in that thin shell. Immutable.
 */
final class DensityWeights {

	/** The width of the shell inside the cutoff over which atoms fade out, in units of σ. */
	static final double FADE = 0.1;

	private final SoapSettings.Weighting function;
	private final double r0;
	private final double c;
	private final double d;
	private final double m;
	private final double centre;
	private final double cutoff;
	private final double fadeWidth;

	/**
	 * @param settings the settings holding the weighting
	 * @param cutoff   the distance beyond which atoms do not count, in ångström
	 * @throws IllegalArgumentException if the weight at the centre is infinite (POW with d = 0 and no w0)
	 */
	DensityWeights(SoapSettings settings, double cutoff) {
		function = settings.getWeighting();
		r0 = settings.getR0();
		c = settings.getC();
		d = settings.getD();
		m = settings.getM();
		this.cutoff = cutoff;
		fadeWidth = FADE * settings.getSigma();
		centre = Double.isNaN(settings.getW0()) ? function(0) : settings.getW0();
		if (!Double.isFinite(centre)) {
			throw new IllegalArgumentException("the SOAP weighting " + settings + " is infinite at the centre: set w0");
		}
	}

	/** @return the weight of an atom on top of the centre (the site's own atom) */
	double centre() {
		return centre;
	}

	/** @return the weight of an atom at distance r > 0 from the centre */
	double of(double r) {
		double t = (cutoff - r) / fadeWidth;
		double fade = t >= 1 ? 1 : t <= 0 ? 0 : t * t * (3 - 2 * t);
		return fade == 0 ? 0 : fade * function(r);
	}

	private double function(double r) {
		double x = r / r0;
		return switch (function) {
		case NONE -> 1;
		case POLY -> x > 1 ? 0 : c * Math.pow(1 + 2 * x * x * x - 3 * x * x, m);
		case POW -> c / (d + Math.pow(x, m));
		case EXP -> c / (d + Math.exp(-x));
		};
	}
}
