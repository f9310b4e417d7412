package org.sendero.core.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.core.SenderoEnvironment;

/** The environment of the running product: the core bundle's version and this process's data folder. */
@Component(service = SenderoEnvironment.class)
public final class BundleEnvironment implements SenderoEnvironment {

    private final ProductInfo product;
    private final DataFolder dataFolder;

    @Activate
    public BundleEnvironment(BundleContext context) {
        this.product = ProductInfo.fromBundleVersion("Sendero", context.getBundle().getVersion().toString());
        this.dataFolder = DataFolder.ofThisProcess();
    }

    @Override
    public ProductInfo product() {
        return product;
    }

    @Override
    public DataFolder dataFolder() {
        return dataFolder;
    }
}
