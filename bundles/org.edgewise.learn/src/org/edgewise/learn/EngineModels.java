package org.edgewise.learn;

import org.edgewise.learn.decomposition.Nmf;
import org.edgewise.learn.linear.BayesianLinearRegression;
import org.edgewise.learn.linear.Ridge;
import org.edgewise.learn.manifold.ClassicalMds;
import org.edgewise.learn.manifold.Isomap;
import org.edgewise.learn.model.ModelKinds;
import org.edgewise.learn.neighbours.KnnClassifier;
import org.edgewise.learn.neighbours.KnnRegressor;
import org.edgewise.learn.network.Network;

/**
 * Every model kind this engine fits, ready to load from model files:
 * {@code EngineModels.kinds().load(ModelFile.read(path))} gives a {@link Network}, {@link Ridge},
 * {@link BayesianLinearRegression}, {@link KnnRegressor}, {@link KnnClassifier}, {@link Pca}, {@link Nmf},
 * {@link ClassicalMds} or {@link Isomap}, as the file's card says. An application that adds kinds of its
 * own registers them on the returned set.
 */
public final class EngineModels {

	private EngineModels() {
	}

	/** @return a new set of the engine's model kinds, each with its model class's {@code fromParameters} */
	public static ModelKinds<Object> kinds() {
		return new ModelKinds<>()
				.register(Network.KIND, Network::fromParameters)
				.register(Ridge.KIND, Ridge::fromParameters)
				.register(BayesianLinearRegression.KIND, BayesianLinearRegression::fromParameters)
				.register(KnnRegressor.KIND, KnnRegressor::fromParameters)
				.register(KnnClassifier.KIND, KnnClassifier::fromParameters)
				.register(Pca.KIND, Pca::fromParameters)
				.register(Nmf.KIND, Nmf::fromParameters)
				.register(ClassicalMds.KIND, ClassicalMds::fromParameters)
				.register(Isomap.KIND, Isomap::fromParameters);
	}
}
