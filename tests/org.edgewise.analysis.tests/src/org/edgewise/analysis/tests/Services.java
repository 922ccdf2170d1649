package org.edgewise.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Obtains services from the running framework's registry, as any consumer bundle would. */
final class Services {

	private Services() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, type.getSimpleName() + " is not registered");
		return service;
	}
}
