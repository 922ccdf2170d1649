/** Neural networks on float mini-batches: layers, activations, losses, optimisers and the trainer that fits them. */
package org.edgewise.learn.network;
