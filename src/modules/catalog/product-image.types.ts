import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import { ListSize } from '../../graphql/cost/cost-annotations.js';
import { Node } from '../../graphql/node.js';
import type { ImageRendition as ImageRenditionRow } from './catalog.tables.js';
import type { ImagePart } from './product-rows.js';

@CacheControl({ inheritMaxAge: true })
@ObjectType({ description: 'One resized WebP copy of an image.' })
export class ImageRendition {
  @Field(() => Int, { description: 'Width in pixels (160, 480 or 1200, never wider than the original).' })
  width!: number;

  @Field(() => Int, { description: 'Height in pixels, keeping the aspect ratio of the original.' })
  height!: number;

  @Field(() => String, { description: 'Absolute URL, cacheable for a year.' })
  url!: string;
}

@CacheControl({ inheritMaxAge: true })
@ObjectType({
  implements: Node,
  description: 'A product photo, re-encoded without metadata, in several widths.',
})
export class ProductImage {
  @Field(() => ID, {
    description: 'Unique id of the image (what productImageDelete takes); `node(id)` also finds it.',
  })
  id!: string;

  @Field(() => String, { description: 'Alternative text for screen readers.' })
  alt!: string;

  @Field(() => Int, { description: 'Width of the largest rendition.' })
  width!: number;

  @Field(() => Int, { description: 'Height of the largest rendition.' })
  height!: number;

  @Field(() => Int, {
    description:
      "Display order among the product's images, ascending (the first is the main image); productImagesReorder sets it.",
  })
  position!: number;

  @Field(() => String, { description: 'URL of the largest rendition.' })
  url!: string;

  @ListSize(3)
  @Field(() => [ImageRendition], { description: 'Every width, smallest first, for `srcset`.' })
  renditions!: ImageRendition[];
}

export function toImage(row: ImagePart, publicUrl: string): ProductImage {
  const url = (r: ImageRenditionRow) => `${publicUrl}/media/${r.path}`;
  const renditions = [...row.renditions].sort((a, b) => a.width - b.width);
  const largest = renditions[renditions.length - 1];
  return Object.assign(new ProductImage(), {
    id: row.id,
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
    url: largest ? url(largest) : '',
    renditions: renditions.map((r) =>
      Object.assign(new ImageRendition(), { width: r.width, height: r.height, url: url(r) }),
    ),
  });
}
