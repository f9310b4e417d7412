package org.sendero.core;

/** What every part of Sendero needs to know about the running product. A service. */
public interface SenderoEnvironment {

    ProductInfo product();

    DataFolder dataFolder();
}
