/**
 * Small JavaFX helpers that the views, the network canvas and the exports share: the shipped font and
 * CSS-driven colours for canvas drawing. Depends on nothing else of EVDash.
 */
package dev.evdash.fx;
