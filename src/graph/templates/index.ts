/** The template registry: the gallery's networks, in teaching order, and lookup by name. */
import { alexnet } from './alexnet';
import { lenet5 } from './lenet5';
import { resnet152, resnet18, resnet34, resnet50 } from './resnet';
import { minivgg, resnet20 } from './teaching';
import type { Template } from './template';
import { vgg11, vgg16, vgg19 } from './vgg';

export type { ImageShape, Template, TemplateOptions } from './template';

/** The gallery, in the order a course meets them. */
export const TEMPLATES: readonly Template[] = [lenet5, alexnet, vgg11, vgg16, vgg19, resnet18, resnet34, resnet50, minivgg, resnet20];

/** Gettable by name but not listed in the gallery (benchmarks). */
const HIDDEN: readonly Template[] = [resnet152];

export function getTemplate(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name) ?? HIDDEN.find((t) => t.name === name);
}
