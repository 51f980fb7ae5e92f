'use client';

// Every page that renders post Markdown could show a gallery, so this wrapper is in their bundles;
// the carousel itself (Embla and our controls) is a separate chunk, loaded only where a gallery is
// rendered. It is still server-rendered, so without JavaScript every image is there.
import dynamic from 'next/dynamic';

export const Gallery = dynamic(() => import('./gallery-carousel.client'));
