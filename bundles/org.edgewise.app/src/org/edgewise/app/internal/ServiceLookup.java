package org.edgewise.app.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds Edgewise services in the OSGi registry, waiting briefly for Declarative Services to register them. */
final class ServiceLookup {

	private static final long TIMEOUT_MS = 10_000;

	private ServiceLookup() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(ServiceLookup.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT_MS);
		if (service == null) {
			throw new IllegalStateException("service " + type.getName() + " is not available (is Declarative Services"
					+ " running and the bundle providing it resolved?)");
		}
		return service;
	}
}
