package org.edgewise.spectrum.simulation;

import java.util.Objects;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.edgewise.spectrum.EnergyAxis;
import org.edgewise.spectrum.Spectrum;
import org.edgewise.spectrum.SpectrumMetadata;

/**
 * A simulated K-edge absorption spectrum, qualitatively right and fast, for Edgewise's example data and
 * tests; not a substitute for FEFF or FDMNES. In units of the edge step J:
 *
 * <pre>
 * mu(E) = J [ b0 + b1 (E - E0)                      sloping pre-edge background
 *           + (E0 / E)^3 (A(E) + chi(E))            edge and EXAFS, fading like the K-shell cross-section
 *           + w G(E; E0 + 5 eV, 3 eV)               white line
 *           + p G(E; E0 - 6 eV, 0.9 eV) ]           pre-edge peak
 *
 * A(E)   = 1/2 + arctan((E - E0) / 1.0 eV) / pi     edge step, broadened by core hole and monochromator
 * chi(E) = a N / R^2  k / (k^2 + kc^2)  exp(-2 sigma^2 k^2)  sin(2 k R + phi)     for E > E0, else 0
 * k      = sqrt(0.2625 (E - E0))  in 1/Å,  E in eV
 * </pre>
 *
 * G(E; c, s) is a unit-height Gaussian centred at c with standard deviation s. The constants: b0 = 0.4,
 * b1 = -3e-4 per eV; EXAFS amplitude a = 0.2 Å<sup>2</sup> (S0<sup>2</sup> times the backscattering
 * amplitude and mean free path loss), kc = 2 1/Å rounds off the 1/k of the EXAFS equation near the edge
 * where single scattering fails anyway, Debye-Waller sigma<sup>2</sup> = 0.005 Å<sup>2</sup>, and a
 * constant phase phi = -pi/2 stands in for the k-dependent phase shifts. N is the
 * coordination number and R the bond length, so the oscillation has period pi/R in k and grows with N.
 * <p>
 * The coordination sets the pre-edge peak height p: strong for tetrahedral sites, which lack a centre of
 * inversion so that 3d-4p mixing makes the 1s to 3d transition dipole-allowed, weak for centrosymmetric
 * octahedral sites (quadrupole only), intermediate for square pyramids. The white line height w grows
 * with the coordination number, as more neighbours confine the 4p final states. Instances are immutable.
 */
public final class SimulatedKEdge {

	/** k<sup>2</sup> = {@value} (E - E0), k in 1/Å, E in eV: 2 m<sub>e</sub> / hbar<sup>2</sup>. */
	public static final double K_SQUARED_PER_EV = 0.2625;

	private static final double BACKGROUND_OFFSET = 0.4;
	private static final double BACKGROUND_SLOPE = -3e-4;
	private static final double EDGE_HALF_WIDTH = 1.0;
	private static final double WHITE_LINE_POSITION = 5.0;
	private static final double WHITE_LINE_WIDTH = 3.0;
	private static final double PRE_EDGE_POSITION = -6.0;
	private static final double PRE_EDGE_WIDTH = 0.9;
	private static final double EXAFS_AMPLITUDE = 0.2;
	private static final double EXAFS_ONSET = 2.0;
	private static final double DEBYE_WALLER = 0.005;
	private static final double EXAFS_PHASE = -Math.PI / 2;

	private final KEdgeModel model;

	/** @param model the parameters to simulate */
	public SimulatedKEdge(KEdgeModel model) {
		this.model = Objects.requireNonNull(model, "model");
	}

	/** @return the parameters simulated */
	public KEdgeModel model() {
		return model;
	}

	/**
	 * @param energies energies in eV, any order, finite and positive
	 * @return noise-free mu at each energy
	 * @throws IllegalArgumentException for an energy that is not finite and positive
	 */
	public double[] absorption(double[] energies) {
		double[] mu = new double[energies.length];
		for (int i = 0; i < energies.length; i++) {
			if (!(energies[i] > 0) || Double.isInfinite(energies[i])) {
				throw new IllegalArgumentException("energy at index " + i + " must be finite and positive, got "
						+ energies[i]);
			}
			mu[i] = model.edgeStep() * shape(energies[i]);
		}
		return mu;
	}

	/**
	 * @param energies   energies in eV, any order, finite and positive
	 * @param noiseSigma standard deviation of the Gaussian noise added to each value, in units of mu
	 * @param random     the noise source; the same seed gives the same noise
	 * @return mu at each energy plus independent Gaussian noise
	 * @throws IllegalArgumentException for a negative or non-finite noise level or a bad energy
	 */
	public double[] absorption(double[] energies, double noiseSigma, Random random) {
		if (!(noiseSigma >= 0) || Double.isInfinite(noiseSigma)) {
			throw new IllegalArgumentException("noise sigma must be finite and not negative, got " + noiseSigma);
		}
		Objects.requireNonNull(random, "random");
		double[] mu = absorption(energies);
		for (int i = 0; i < mu.length; i++) {
			mu[i] += noiseSigma * random.nextGaussian();
		}
		return mu;
	}

	/**
	 * @return a spectrum on {@code energy} with noise as in {@link #absorption(double[], double, Random)}, its
	 *         metadata saying "simulated" and describing the model
	 */
	public Spectrum spectrum(EnergyAxis energy, double noiseSigma, Random random, String label) {
		SpectrumMetadata metadata = new SpectrumMetadata(null, "K", "simulated", model.toString(), null, null);
		return new Spectrum(energy, absorption(energy.values(), noiseSigma, random), label, metadata);
	}

	/**
	 * A usual XAFS scan around {@code edgeEnergy}: 5 eV steps from 200 to 30 eV below the edge, 0.25 eV steps
	 * up to 40 eV above it, then steps of 0.05 1/Å in k up to k = 14 1/Å.
	 */
	public static EnergyAxis standardGrid(double edgeEnergy) {
		DoubleStream preEdge = DoubleStream.iterate(-200, e -> e < -30, e -> e + 5);
		DoubleStream nearEdge = DoubleStream.iterate(-30, e -> e < 40, e -> e + 0.25);
		double kStart = Math.sqrt(K_SQUARED_PER_EV * 40);
		int kPoints = (int) Math.floor((14 - kStart) / 0.05) + 1;
		DoubleStream exafs = IntStream.range(0, kPoints).mapToDouble(i -> kStart + 0.05 * i)
				.map(k -> k * k / K_SQUARED_PER_EV);
		return EnergyAxis.of(DoubleStream.concat(DoubleStream.concat(preEdge, nearEdge), exafs)
				.map(e -> edgeEnergy + e).toArray());
	}

	/** @return mu / J at energy {@code e} */
	private double shape(double e) {
		double e0 = model.edgeEnergy();
		double relative = e - e0;
		double background = BACKGROUND_OFFSET + BACKGROUND_SLOPE * relative;
		double edge = 0.5 + Math.atan(relative / EDGE_HALF_WIDTH) / Math.PI;
		double atomic = Math.pow(e0 / e, 3);
		double whiteLine = whiteLineHeight() * gaussian(relative - WHITE_LINE_POSITION, WHITE_LINE_WIDTH);
		double preEdgePeak = preEdgePeakHeight() * gaussian(relative - PRE_EDGE_POSITION, PRE_EDGE_WIDTH);
		return background + atomic * (edge + chi(relative)) + whiteLine + preEdgePeak;
	}

	/** The EXAFS oscillation at {@code relative} eV above E0 (zero at and below E0). */
	private double chi(double relative) {
		if (relative <= 0) {
			return 0;
		}
		double k = Math.sqrt(K_SQUARED_PER_EV * relative);
		double r = model.bondLength();
		double amplitude = EXAFS_AMPLITUDE * model.coordination().coordinationNumber() / (r * r);
		return amplitude * k / (k * k + EXAFS_ONSET * EXAFS_ONSET) * Math.exp(-2 * DEBYE_WALLER * k * k)
				* Math.sin(2 * k * r + EXAFS_PHASE);
	}

	private double preEdgePeakHeight() {
		return switch (model.coordination()) {
		case TETRAHEDRAL -> 0.30;
		case SQUARE_PYRAMIDAL -> 0.15;
		case OCTAHEDRAL -> 0.05;
		};
	}

	private double whiteLineHeight() {
		return switch (model.coordination()) {
		case TETRAHEDRAL -> 0.25;
		case SQUARE_PYRAMIDAL -> 0.40;
		case OCTAHEDRAL -> 0.55;
		};
	}

	private static double gaussian(double offset, double width) {
		double u = offset / width;
		return Math.exp(-0.5 * u * u);
	}
}
