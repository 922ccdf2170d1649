package org.edgewise.app.internal;

import java.lang.reflect.Array;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds Edgewise services in the OSGi registry, waiting briefly for Declarative Services to register them. */
final class ServiceLookup {

	private static final long TIMEOUT_MS = 10_000;

	private ServiceLookup() {
	}

	/** @return a service of {@code type}, waiting for it briefly */
	static <T> T get(Class<T> type) throws InterruptedException {
		return tracker(type).getService();
	}

	/** @return every registered service of {@code type}: at least one, or an exception */
	static <T> List<T> all(Class<T> type) throws InterruptedException {
		return List.of(tracker(type).getServices(newArray(type)));
	}

	private static <T> ServiceTracker<T, T> tracker(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(ServiceLookup.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		if (tracker.waitForService(TIMEOUT_MS) == null) {
			throw new IllegalStateException("service " + type.getName() + " is not available (is Declarative Services"
					+ " running and the bundle providing it resolved?)");
		}
		return tracker;
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] newArray(Class<T> type) {
		return (T[]) Array.newInstance(type, 0);
	}
}
