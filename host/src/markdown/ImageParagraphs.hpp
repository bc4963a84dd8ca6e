#pragma once

struct cmark_node;

namespace trousse {

/// Images are drawn as blocks of their own, between lines of text. This splits every
/// paragraph that mixes text and images into paragraphs of text and paragraphs of images,
/// in order, so that "Voici le plan : ![plan](plan.png) à l'entrée." reads as text, image,
/// text. Images inside a link or emphasis stay where they are (shown as their description).
void separateImages(cmark_node* root);

/// A paragraph of images only (white space and line breaks between them aside).
bool isImageParagraph(cmark_node* paragraph);

}  // namespace trousse
