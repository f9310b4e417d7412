package org.sendero.content.internal.pack;

import java.util.Optional;

import org.sendero.content.internal.yaml.YamlNode;
import org.sendero.core.content.Concept;

/** A concept as read from thesaurus.yaml, with where its id and broader concept are written. */
record ConceptEntry(Concept concept, YamlNode idNode, Optional<YamlNode> broaderNode) {
}
